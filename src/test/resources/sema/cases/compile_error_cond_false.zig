const n = 1;
comptime {
    if (n > 2) @compileError("too big");
}
