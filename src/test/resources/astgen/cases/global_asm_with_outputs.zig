comptime {
    asm (""
        : [x] "=r" (-> u32),
    );
}
