comptime {
    const q = 5.0 / 2;
    _ = q;
}
