comptime {
    const r = @as(f64, 1.5) +% 2.5;
    _ = r;
}
