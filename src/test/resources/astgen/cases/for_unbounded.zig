fn g() void {
    for (0..) |_| {}
}
comptime { _ = g; }
