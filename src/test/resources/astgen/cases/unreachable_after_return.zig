fn g() u32 {
    return 1;
    const x = 2;
    _ = x;
}
comptime { _ = g; }
