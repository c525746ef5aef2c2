fn g(a: u32) u32 {
    _ = a;
    return a * 2;
}
comptime { _ = g; }
