fn f() void {
    asm volatile ("" : [a] "=r" (-> u8) [b] "=r" (-> u8));
}
