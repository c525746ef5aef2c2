comptime {
    const x: f32 = @floatFromInt(@as(f32, 3));
    _ = x;
}
