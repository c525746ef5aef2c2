fn g() void {
    const u8 = 1;
    _ = u8;
}
comptime { _ = g; }
