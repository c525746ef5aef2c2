comptime {
    const x: u8 = @bitCast(@as(u16, 1));
    _ = x;
}
