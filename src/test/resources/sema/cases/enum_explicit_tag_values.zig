const A = enum(u8) { a = 1, b = 1 };
comptime {
    _ = A.a;
}
