const T = union(enum(bool)) { a: u8, b: u16 };
comptime {
    _ = T{ .b = 1 };
}
