fn countdown(n: u8) !u8 {
    if (n == 0) return error.DoneQ;
    return try countdown(n - 1);
}
comptime {
    const r = countdown(3) catch |e| e;
    if (r != error.DoneQ) @compileError("recursion");
}
