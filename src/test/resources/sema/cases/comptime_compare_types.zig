comptime {
    if (u8 == u16) @compileError("types");
    if (u8 != u8) @compileError("types2");
}
