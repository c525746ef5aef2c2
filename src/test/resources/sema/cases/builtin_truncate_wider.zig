comptime {
    const x: u16 = @truncate(@as(u8, 0x12));
    _ = x;
}
