comptime {
    const v = @as(u8, 1) << 8;
    _ = v;
}
