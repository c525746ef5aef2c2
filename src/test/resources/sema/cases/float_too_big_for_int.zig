comptime {
    const n: i8 = 300.0;
    _ = n;
}
