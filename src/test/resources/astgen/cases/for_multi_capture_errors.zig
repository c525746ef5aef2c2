fn g(a: []const u8, b: []const u8) void {
    for (a, b, 0..) |x, y, i| {
        _ = y;
    }
}
comptime { _ = g; }
