const E = enum { a, b, c, d };
fn f(x: u32, e: E) u32 {
    const a = switch (x) {
        0 => 1,
        1, 2 => 2,
        3...9 => 3,
        10...20, 30 => 4,
        else => 5,
    };
    const b = switch (e) {
        .a => |v| @intFromEnum(v),
        inline .b, .c => |v, i| blk: {
            _ = i;
            break :blk @intFromEnum(v);
        },
        inline else => |v| @intFromEnum(v),
    };
    switch (e) {
        inline .a, .b => {},
        else => {},
    }
    return a + b;
}
comptime {
    _ = &f;
}
