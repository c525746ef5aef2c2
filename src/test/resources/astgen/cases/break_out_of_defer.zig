fn g() void {
    while (true) {
        defer break;
    }
}
comptime { _ = g; }
