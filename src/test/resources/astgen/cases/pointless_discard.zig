fn g() u32 {
    const x: u32 = 3;
    _ = x;
    return x;
}
comptime { _ = g; }
