const n = 3;
comptime {
    if (n > 2) @compileError("too big");
}
