fn g(xs: []const ?u32) void {
    for (xs) |x| {
        if (x) |x| {
            _ = x;
        }
    }
}
comptime { _ = g; }
