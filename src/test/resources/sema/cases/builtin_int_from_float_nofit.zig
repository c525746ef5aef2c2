comptime {
    const x: u8 = @intFromFloat(@as(f32, 300.5));
    _ = x;
}
