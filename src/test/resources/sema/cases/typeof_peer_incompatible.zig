comptime {
    _ = @TypeOf(true, @as(u8, 2));
}
