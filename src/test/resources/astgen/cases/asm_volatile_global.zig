comptime {
    asm volatile ("nop");
}
