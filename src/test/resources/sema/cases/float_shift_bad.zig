comptime {
    const r = 1.5 << 2;
    _ = r;
}
