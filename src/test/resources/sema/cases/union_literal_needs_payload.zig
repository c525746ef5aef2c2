const T = union(enum) { a: u8, b: u16, c };
comptime {
    const u: T = .a;
    _ = u;
}
