const s = .{ .a = 1, 2 };
