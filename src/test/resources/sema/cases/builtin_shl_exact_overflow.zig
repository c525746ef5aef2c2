comptime {
    const x = @shlExact(@as(u8, 0x81), 1);
    _ = x;
}
