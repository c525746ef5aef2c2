comptime {
    const x: u8 = @as(f32, 1e30);
    _ = x;
}
