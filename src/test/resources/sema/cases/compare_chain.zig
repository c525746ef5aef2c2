const x: u8 = 5;
comptime {
    if (!(x > 3 and x < 10)) @compileError("range");
    if (x == 5 or false) {} else @compileError("eq");
}
