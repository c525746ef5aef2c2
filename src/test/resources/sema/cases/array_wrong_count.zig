const arr = [3]u8{ 1, 2 };
comptime {
    _ = arr;
}
