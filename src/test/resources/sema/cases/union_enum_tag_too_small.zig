const T = union(enum(u1)) { a: u8, b: u16, c };
comptime {
    _ = T{ .b = 1 };
}
