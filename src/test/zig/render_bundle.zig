//! zcu's interoperability check for the compiler protocol: reads the bytes a compiler server wrote (zcu's
//! stdout under `--listen=-`) from stdin, decodes every `error_bundle` message with Zig's own
//! `std.zig.ErrorBundle`, and renders it to stdout as `zig build-obj` would on stderr.
//! Usage: render_bundle plain|color < server-output
//! `plain` renders as on a pipe (no colour, no source lines, no reference traces); `color` as with
//! `--color on`. Built with the reference zig by dev.zcu.server.BuildServerZigInteropTest.
const std = @import("std");

pub fn main() !void {
    var gpa_state: std.heap.GeneralPurposeAllocator(.{}) = .{};
    defer _ = gpa_state.deinit();
    const gpa = gpa_state.allocator();

    const args = try std.process.argsAlloc(gpa);
    defer std.process.argsFree(gpa, args);
    if (args.len != 2) fatal("usage: render_bundle plain|color < server-output", .{});
    const color = std.mem.eql(u8, args[1], "color");
    const ttyconf: std.io.tty.Config = if (color) .escape_codes else .no_color;

    const input = try std.io.getStdIn().readToEndAlloc(gpa, 1 << 28);
    defer gpa.free(input);

    var out = std.io.bufferedWriter(std.io.getStdOut().writer());
    var i: usize = 0;
    while (i < input.len) {
        if (input.len - i < 8) fatal("truncated header at byte {d}", .{i});
        const tag = std.mem.readInt(u32, input[i..][0..4], .little);
        const len = std.mem.readInt(u32, input[i + 4 ..][0..4], .little);
        i += 8;
        if (input.len - i < len) fatal("truncated body at byte {d}", .{i});
        const body = input[i..][0..len];
        i += len;
        if (tag != @intFromEnum(std.zig.Server.Message.Tag.error_bundle)) continue;

        const extra_len = std.mem.readInt(u32, body[0..4], .little);
        const string_len = std.mem.readInt(u32, body[4..8], .little);
        const extra = try gpa.alloc(u32, extra_len);
        defer gpa.free(extra);
        for (extra, 0..) |*word, k| word.* = std.mem.readInt(u32, body[8 + 4 * k ..][0..4], .little);
        const strings = body[8 + 4 * extra_len ..][0..string_len];
        const bundle: std.zig.ErrorBundle = .{ .string_bytes = strings, .extra = extra };
        try bundle.renderToWriter(.{
            .ttyconf = ttyconf,
            .include_source_line = color,
            .include_reference_trace = color,
        }, out.writer());
        try out.writer().print("-- end of bundle: {d} errors\n", .{bundle.errorMessageCount()});
    }
    try out.flush();
}

fn fatal(comptime format: []const u8, args: anytype) noreturn {
    std.debug.print("render_bundle: " ++ format ++ "\n", args);
    std.process.exit(2);
}
