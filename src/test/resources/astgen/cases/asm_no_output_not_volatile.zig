fn g() void {
    asm ("nop");
}
comptime { _ = g; }
