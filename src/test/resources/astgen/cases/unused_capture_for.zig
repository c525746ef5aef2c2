fn g(xs: []const u8) void {
    for (xs, 0..) |x, i| {
        _ = x;
    }
}
comptime { _ = g; }
