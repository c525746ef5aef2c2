const E = error{ LowQ, HighQ };
fn f(x: u8) E!u8 {
    if (x > 3) return error.HighQ;
    return x;
}
const T = union(enum) { a: u8, b: u16, c };
const U = union { a: u8, b: bool };
comptime {
    @compileLog(f(5), f(1), error.LowQ, E, T, U, T{ .b = 7 }, @as(T, .c), U{ .b = true }, T.a);
}
