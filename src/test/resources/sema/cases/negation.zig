const x = -5;
const y: i8 = x;
comptime {
    if (y + 5 != 0) @compileError("neg");
}
