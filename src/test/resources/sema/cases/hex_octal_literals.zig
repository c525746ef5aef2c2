comptime {
    if (0xff != 255) @compileError("hex");
    if (0o17 != 15) @compileError("oct");
    if (1_000_000 != 1000000) @compileError("under");
    if ('a' != 97) @compileError("char");
}
