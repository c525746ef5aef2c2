fn g() void {
    outer: while (true) {
        continue :outer 5;
    }
}
comptime { _ = g; }
