fn g(x: ?u32) void {
    if (x) |value| {
    }
}
comptime { _ = g; }
