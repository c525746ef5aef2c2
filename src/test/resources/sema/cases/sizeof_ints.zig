comptime {
    if (@sizeOf(u8) != 1) @compileError("u8");
    if (@sizeOf(u32) != 4) @compileError("u32");
    if (@sizeOf(u24) != 4) @compileError("u24");
    if (@bitSizeOf(u24) != 24) @compileError("bits");
    if (@sizeOf(usize) != 8) @compileError("usize");
}
