fn g(x: ?u32) void {
    if (x) |*_| {}
}
comptime { _ = g; }
