fn g() void {
    comptime const x = 5;
    _ = x;
}
comptime { _ = g; }
