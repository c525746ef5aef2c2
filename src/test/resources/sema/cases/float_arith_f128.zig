// comptime_float is an f128: 0.1 + 0.2 is not 0.3 there either, but it prints as 0.3.
comptime {
    const sum = 0.1 + 0.2;
    if (sum == 0.3) @compileError("0.1 + 0.2 == 0.3 in f128");
    if (1.5 * 4.0 != 6.0) @compileError("mul");
    if (7.0 / 2.0 != 3.5) @compileError("div");
    if (-(2.25) + 1 != -1.25) @compileError("neg");
    if (!(1.0 < 1.5 and 2.5 >= 2.5)) @compileError("cmp");
}
comptime {
    const fraction: u8 = 0.1 + 0.2;
    _ = fraction;
}
