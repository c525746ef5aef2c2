const x: bool = @as(u8, 1);
comptime {
    _ = x;
}
