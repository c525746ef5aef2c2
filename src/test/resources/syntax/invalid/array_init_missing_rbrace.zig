const a = [_]u8{ 1, 2 );
