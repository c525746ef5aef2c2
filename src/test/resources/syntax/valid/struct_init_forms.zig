const S = struct { a: u8 = 0, b: u8 = 0, c: u8 = 0 };
fn f() [4]S {
    return .{
        S{},
        S{ .a = 1 },
        S{ .a = 1, .b = 2 },
        .{
            .a = 1,
            .b = 2,
            .c = 3,
        },
    };
}
comptime {
    _ = &f;
}
