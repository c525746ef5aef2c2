fn Box(comptime T: type) type {
    return struct {
        value: T,
    };
}
comptime {
    if (Box(u8) != Box(u8)) @compileError("memo");
    if (Box(u8) == Box(u16)) @compileError("distinct");
}
