fn g() void {
    while (true) {
        continue 5;
    }
}
comptime { _ = g; }
