fn f(x: u8) !u8 {
    if (x == 0) return error.ZeroQ;
    return x;
}
comptime {
    if (f(0) != error.ZeroQ) @compileError("error compare");
    if (f(1) == error.ZeroQ) @compileError("payload is no error");
}
export fn run(x: u8) bool {
    return f(x) == error.ZeroQ;
}
