fn fib(n: u32) u32 {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}
comptime {
    if (fib(10) != 55) @compileError("fib");
}
