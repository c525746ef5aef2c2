fn Pair(comptime T: type) type {
    return struct {
        a: T,
        b: T,
    };
}
const p = Pair(u8){ .a = 1, .b = 2 };
comptime {
    if (p.a + p.b != 3) @compileError("pair");
}
