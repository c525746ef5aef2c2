comptime {
    const x: u8 = @floatCast(@as(f64, 1.0));
    _ = x;
}
