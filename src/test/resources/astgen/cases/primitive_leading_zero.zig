fn g() void {
    const x: u08 = 1;
    _ = x;
}
comptime { _ = g; }
