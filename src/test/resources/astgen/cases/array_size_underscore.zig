const A = [_]u8;
