fn g() void {
    l: while (true) {
        l: for (0..2) |_| {
            break :l;
        }
        break :l;
    }
}
comptime { _ = g; }
