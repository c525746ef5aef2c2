const E = enum { a, b, c };
var e: E = .b;
export fn run() u8 {
    return switch (e) {
        inline else => |tag| @intFromEnum(tag) * 10,
    };
}
export fn names() usize {
    return switch (e) {
        inline .a, .b => |tag| comptime blk: {
            if (tag == .c) @compileError("only a and b");
            break :blk @tagName(tag).len;
        },
        .c => 0,
    };
}
