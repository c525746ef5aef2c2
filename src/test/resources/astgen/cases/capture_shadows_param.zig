fn g(x: ?u32) void {
    if (x) |x| {
        _ = x;
    }
}
comptime { _ = g; }
