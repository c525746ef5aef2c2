const P = packed struct { a: u3, b: u5, c: bool };
const E = extern struct { a: u8, b: u32, c: u16 };
const Q = packed struct(u8) { a: u4, b: u3 };
comptime {
    if (@sizeOf(P) != 2) @compileError("p size");
    if (@bitSizeOf(P) != 9) @compileError("p bits");
    if (@sizeOf(E) != 12) @compileError("e size");
    if (@alignOf(E) != 4) @compileError("e align");
    const p = P{ .a = 1, .b = 2, .c = true };
    if (p.b != 2) @compileError("field");
    _ = Q;
}
