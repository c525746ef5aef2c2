fn g() void {
    defer {
        if (true) return;
    }
}
comptime { _ = g; }
