fn g() void {
    const _ = 5;
}
comptime { _ = g; }
