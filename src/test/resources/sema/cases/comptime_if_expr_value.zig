const x = if (3 > 2) 10 else 20;
comptime {
    if (x != 10) @compileError("ifexpr");
}
