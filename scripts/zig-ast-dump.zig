//! Dumps the reference zig's std.zig.Ast of each file named on the command line: tokens (tag, start), nodes
//! (tag, main token, lhs, rhs), extra data, errors, and for error-free trees the Ast.full views of every node.
//! Built and run by dev.zcu.syntax.ZigAstComparisonTest, which compares it with zcu's tree (test AstDump).
const std = @import("std");

pub fn main() !void {
    var gpa_state = std.heap.GeneralPurposeAllocator(.{}){};
    const gpa = gpa_state.allocator();
    const args = try std.process.argsAlloc(gpa);
    const stdout_file = std.io.getStdOut();
    var bw = std.io.bufferedWriter(stdout_file.writer());
    const w = bw.writer();
    for (args[1..]) |path| {
        const src = try std.fs.cwd().readFileAllocOptions(gpa, path, std.math.maxInt(u32), null, 1, 0);
        var tree = try std.zig.Ast.parse(gpa, src, .zig);
        try w.print("file {s}\n", .{path});
        const tags = tree.tokens.items(.tag);
        const starts = tree.tokens.items(.start);
        try w.print("tokens {d}\n", .{tags.len});
        for (tags, starts) |t, s| try w.print("{s} {d}\n", .{ @tagName(t), s });
        const ntags = tree.nodes.items(.tag);
        const mains = tree.nodes.items(.main_token);
        const datas = tree.nodes.items(.data);
        try w.print("nodes {d}\n", .{ntags.len});
        for (ntags, mains, datas, 0..) |t, m, d, i| {
            _ = i;
            try w.print("{s} {d} {d} {d}\n", .{ @tagName(t), m, d.lhs, d.rhs });
        }
        try w.print("extra {d}\n", .{tree.extra_data.len});
        for (tree.extra_data) |e| try w.print("{d}\n", .{e});
        try w.print("errors {d}\n", .{tree.errors.len});
        for (tree.errors) |e| {
            const exp: []const u8 = if (e.tag == .expected_token or e.tag == .c_style_container or e.tag == .zig_style_container) @tagName(e.extra.expected_tag) else "-";
            try w.print("{s} {d} {} {} {s}\n", .{ @tagName(e.tag), e.token, e.is_note, e.token_is_prev, exp });
        }
        if (tree.errors.len == 0) try dumpFull(&tree, w);
        tree.deinit(gpa);
        gpa.free(src);
    }
    try bw.flush();
}

fn opt(t: ?u32) i64 {
    return if (t) |v| @intCast(v) else -1;
}

fn list(w: anytype, xs: []const u32) !void {
    try w.print("[", .{});
    for (xs, 0..) |x, i| {
        if (i != 0) try w.print(",", .{});
        try w.print("{d}", .{x});
    }
    try w.print("]", .{});
}

fn dumpFull(tree: *const std.zig.Ast, w: anytype) !void {
    const tags = tree.nodes.items(.tag);
    try w.print("full\n", .{});
    for (tags, 0..) |tag, idx| {
        if (idx == 0) continue;
        const n: u32 = @intCast(idx);
        try w.print("{d} {d} {d}", .{ n, tree.firstToken(n), tree.lastToken(n) });
        if (tree.fullVarDecl(n)) |v| {
            try w.print(" var {d} {d} {d} {d} {d} {d} {d} {d} {d} {d} {d}", .{ opt(v.visib_token), opt(v.extern_export_token), opt(v.lib_name), opt(v.threadlocal_token), opt(v.comptime_token), v.ast.mut_token, v.ast.type_node, v.ast.align_node, v.ast.addrspace_node, v.ast.section_node, v.ast.init_node });
        }
        var buf1: [1]u32 = undefined;
        if (tree.fullFnProto(&buf1, n)) |f| {
            try w.print(" fn {d} {d} {d} {d} {d} {d} {d} {d} ", .{ opt(f.visib_token), opt(f.extern_export_inline_token), opt(f.lib_name), opt(f.name_token), f.lparen, f.ast.proto_node, f.ast.fn_token, f.ast.return_type });
            try list(w, f.ast.params);
            try w.print(" {d} {d} {d} {d} params", .{ f.ast.align_expr, f.ast.addrspace_expr, f.ast.section_expr, f.ast.callconv_expr });
            var it = f.iterate(tree);
            while (it.next()) |param| {
                try w.print(" ({d} {d} {d} {d} {d})", .{ opt(param.first_doc_comment), opt(param.name_token), opt(param.comptime_noalias), opt(param.anytype_ellipsis3), param.type_expr });
            }
        }
        if (tree.fullIf(n)) |f| {
            try w.print(" if {d} {d} {d} {d} {d} {d} {d}", .{ opt(f.payload_token), opt(f.error_token), if (f.ast.else_expr != 0) @as(i64, f.else_token) else -1, f.ast.if_token, f.ast.cond_expr, f.ast.then_expr, f.ast.else_expr });
        }
        if (tree.fullWhile(n)) |f| {
            try w.print(" while {d} {d} {d} {d} {d} {d} {d} {d} {d} {d}", .{ opt(f.inline_token), opt(f.label_token), opt(f.payload_token), opt(f.error_token), if (f.ast.else_expr != 0) @as(i64, f.else_token) else -1, f.ast.while_token, f.ast.cond_expr, f.ast.cont_expr, f.ast.then_expr, f.ast.else_expr });
        }
        if (tree.fullFor(n)) |f| {
            try w.print(" for {d} {d} {d} {d} {d} ", .{ opt(f.inline_token), opt(f.label_token), f.payload_token, if (f.ast.else_expr != 0) @as(i64, f.else_token) else -1, f.ast.for_token });
            try list(w, f.ast.inputs);
            try w.print(" {d} {d}", .{ f.ast.then_expr, f.ast.else_expr });
        }
        if (tree.fullContainerField(n)) |f| {
            try w.print(" field {d} {d} {d} {d} {d} {}", .{ opt(f.comptime_token), f.ast.main_token, f.ast.type_expr, f.ast.align_expr, f.ast.value_expr, f.ast.tuple_like });
        }
        var buf2: [2]u32 = undefined;
        if (tag != .root) if (tree.fullContainerDecl(&buf2, n)) |f| {
            try w.print(" container {d} {d} {d} ", .{ opt(f.layout_token), f.ast.main_token, opt(f.ast.enum_token) });
            try list(w, f.ast.members);
            try w.print(" {d}", .{f.ast.arg});
        };
        if (tree.fullSwitch(n)) |f| {
            try w.print(" switch {d} {d} {d} ", .{ opt(f.label_token), f.ast.switch_token, f.ast.condition });
            try list(w, f.ast.cases);
        }
        if (tree.fullSwitchCase(n)) |f| {
            try w.print(" case {d} {d} ", .{ opt(f.inline_token), opt(f.payload_token) });
            try list(w, f.ast.values);
            try w.print(" {d} {d}", .{ f.ast.arrow_token, f.ast.target_expr });
        }
        if (tree.fullCall(&buf1, n)) |f| {
            try w.print(" call {d} {d} {d} ", .{ opt(f.async_token), f.ast.lparen, f.ast.fn_expr });
            try list(w, f.ast.params);
        }
        if (tree.fullStructInit(&buf2, n)) |f| {
            try w.print(" structinit {d} ", .{f.ast.lbrace});
            try list(w, f.ast.fields);
            try w.print(" {d}", .{f.ast.type_expr});
        }
        if (tree.fullArrayInit(&buf2, n)) |f| {
            try w.print(" arrayinit {d} ", .{f.ast.lbrace});
            try list(w, f.ast.elements);
            try w.print(" {d}", .{f.ast.type_expr});
        }
        if (tree.fullArrayType(n)) |f| {
            try w.print(" arraytype {d} {d} {d} {d}", .{ f.ast.lbracket, f.ast.elem_count, f.ast.sentinel, f.ast.elem_type });
        }
        if (tree.fullPtrType(n)) |f| {
            try w.print(" ptrtype {s} {d} {d} {d} {d} {d} {d} {d} {d} {d} {d}", .{ @tagName(f.size), opt(f.allowzero_token), opt(f.const_token), opt(f.volatile_token), f.ast.main_token, f.ast.align_node, f.ast.addrspace_node, f.ast.sentinel, f.ast.bit_range_start, f.ast.bit_range_end, f.ast.child_type });
        }
        if (tree.fullSlice(n)) |f| {
            try w.print(" slice {d} {d} {d} {d} {d}", .{ f.ast.sliced, f.ast.lbracket, f.ast.start, f.ast.end, f.ast.sentinel });
        }
        if (tree.fullAsm(n)) |f| {
            try w.print(" asm {d} {d} ", .{ opt(f.volatile_token), opt(f.first_clobber) });
            try list(w, f.outputs);
            try w.print(" ", .{});
            try list(w, f.inputs);
            try w.print(" {d} {d} {d}", .{ f.ast.asm_token, f.ast.template, f.ast.rparen });
        }
        if (tag == .assign_destructure) {
            const f = tree.assignDestructure(n);
            try w.print(" destructure {d} ", .{opt(f.comptime_token)});
            try list(w, f.ast.variables);
            try w.print(" {d} {d}", .{ f.ast.equal_token, f.ast.value_expr });
        }
        if (tag == .block or tag == .block_semicolon or tag == .block_two or tag == .block_two_semicolon) {
            try w.print(" block", .{});
        }
        try w.print("\n", .{});
    }
}
