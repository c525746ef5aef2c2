comptime {
    if (!true) @compileError("not");
}
