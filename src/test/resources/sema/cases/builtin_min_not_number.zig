comptime {
    const x = @min(@as(u8, 3), true);
    _ = x;
}
