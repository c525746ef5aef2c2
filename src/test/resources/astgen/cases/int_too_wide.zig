fn g() void {
    const x: u65536 = 1;
    _ = x;
}
comptime { _ = g; }
