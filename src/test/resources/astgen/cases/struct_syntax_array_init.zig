const a = [2]u8{ .x = 1 };
