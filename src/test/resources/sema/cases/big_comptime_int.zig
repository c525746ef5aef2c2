const a = 1 << 100;
comptime {
    if (a / (1 << 98) != 4) @compileError("wrong");
}
