const B = enum(u2) { a = 3, b };
comptime {
    _ = B.a;
}
