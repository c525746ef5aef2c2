fn g(a: u32, b: u32) u32 {
    _ = a;
    _ = b;
    return a + b;
}
comptime { _ = g; }
