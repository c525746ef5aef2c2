comptime {
    const q = 1.0 / 0.0;
    _ = q;
}
