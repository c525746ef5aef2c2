comptime {
    const r = @as(f32, 1.5) & 2;
    _ = r;
}
