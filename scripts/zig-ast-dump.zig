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
            if (i == 0) {
                try w.print("{s} {d} {d} {d}\n", .{ @tagName(t), m, d.lhs, d.rhs });
            } else {
                try w.print("{s} {d} {d} {d}\n", .{ @tagName(t), m, d.lhs, d.rhs });
            }
        }
        try w.print("extra {d}\n", .{tree.extra_data.len});
        for (tree.extra_data) |e| try w.print("{d}\n", .{e});
        try w.print("errors {d}\n", .{tree.errors.len});
        for (tree.errors) |e| {
            const exp: []const u8 = if (e.tag == .expected_token or e.tag == .c_style_container or e.tag == .zig_style_container) @tagName(e.extra.expected_tag) else "-";
            try w.print("{s} {d} {} {} {s}\n", .{ @tagName(e.tag), e.token, e.is_note, e.token_is_prev, exp });
        }
        tree.deinit(gpa);
        gpa.free(src);
    }
    try bw.flush();
}
