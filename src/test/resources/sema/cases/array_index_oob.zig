const arr = [_]u8{ 1, 2, 3 };
comptime {
    _ = arr[5];
}
