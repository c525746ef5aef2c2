fn g() void {
    const y = _;
    _ = y;
}
comptime { _ = g; }
