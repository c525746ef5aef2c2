fn g() void {
    while (true) {
        break :outer;
    }
}
comptime { _ = g; }
