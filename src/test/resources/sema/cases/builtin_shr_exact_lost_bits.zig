comptime {
    const x = @shrExact(@as(u8, 0x81), 1);
    _ = x;
}
