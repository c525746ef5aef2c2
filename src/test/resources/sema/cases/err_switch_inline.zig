const E = error{ RedQ, GreenQ, BlueQ };
fn code(e: E) usize {
    return switch (e) {
        error.RedQ => 1,
        inline else => |x| @errorName(x).len,
    };
}
var g: E = error.RedQ;
export fn run() usize {
    return code(g);
}
comptime {
    if (code(error.BlueQ) != 5) @compileError("blue");
    if (code(error.RedQ) != 1) @compileError("red");
}
