const E = error{ RedQ, GreenQ, BlueQ };
fn code(e: E) u8 {
    return switch (e) {
        error.RedQ => 1,
        error.GreenQ, error.BlueQ => 2,
    };
}
fn other(e: anyerror) u8 {
    return switch (e) {
        error.RedQ => 1,
        else => 9,
    };
}
comptime {
    if (code(error.RedQ) != 1) @compileError("red");
    if (code(error.BlueQ) != 2) @compileError("blue");
    if (other(error.GreenQ) != 9) @compileError("else");
}
