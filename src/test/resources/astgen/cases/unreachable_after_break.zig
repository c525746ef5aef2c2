fn g() void {
    while (true) {
        break;
        g();
    }
}
comptime { _ = g; }
