fn g() void {
    outer: while (true) {
        break;
    }
    each: for (0..3) |_| {}
}
comptime { _ = g; }
