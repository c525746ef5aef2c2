fn f(x: usize) usize {
    asm volatile ("nop");
    const r = asm volatile ("mov %[in], %[out]"
        : [out] "=r" (-> usize),
        : [in] "r" (x),
        : "memory", "cc"
    );
    var y: usize = 0;
    asm ("" : [y] "=r" (y));
    asm volatile ("" ::: "memory");
    return r + y;
}
comptime {
    _ = &f;
}
