fn max(comptime T: type, a: T, b: T) T {
    return if (a > b) a else b;
}
comptime {
    if (max(u8, 3, 9) != 9) @compileError("max");
}
