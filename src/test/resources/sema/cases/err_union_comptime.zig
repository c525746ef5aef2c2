const ParseError = error{ EmptyQ, TooBigQ };
fn parseDigit(c: u8) ParseError!u8 {
    if (c == 0) return error.EmptyQ;
    if (c > 9) return error.TooBigQ;
    return c;
}
fn twice(c: u8) ParseError!u8 {
    const d = try parseDigit(c);
    return d * 2;
}
comptime {
    if ((twice(4) catch 0) != 8) @compileError("payload");
    if ((twice(0) catch 100) != 100) @compileError("catch value");
    const e = twice(12) catch |err| err;
    if (e != error.TooBigQ) @compileError("catch capture");
    if (twice(3)) |v| {
        if (v != 6) @compileError("if payload");
    } else |_| @compileError("not an error");
    if (twice(0)) |_| {
        @compileError("expected an error");
    } else |err| {
        if (err != error.EmptyQ) @compileError("if error capture");
    }
}
