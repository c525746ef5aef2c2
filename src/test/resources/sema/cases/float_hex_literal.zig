comptime {
    if (0x1.8p1 != 3.0) @compileError("hex float");
    if (0x10p-4 != 1) @compileError("hex float exponent");
}
comptime {
    const x: u8 = 0x1.4p0;
    _ = x;
}
