comptime {
    const r = @as(f32, -5.0) % 2.0;
    _ = r;
}
