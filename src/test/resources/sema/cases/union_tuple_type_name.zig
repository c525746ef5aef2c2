const T = union(enum) { a: u8, b: u16, c };
const E = error{LowQ};
fn f() E!u8 {
    return 4;
}
comptime {
    const t = .{ T{ .b = 7 }, @as(T, .c), f(), error.LowQ };
    const x: u8 = t;
    _ = x;
}
