fn g() void {
    asm volatile ("mov %[r], 1"
        : [r] "=r" (result),
    );
}
comptime { _ = g; }
