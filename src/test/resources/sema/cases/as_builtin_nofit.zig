const x = @as(u8, 256);
comptime {
    _ = x;
}
