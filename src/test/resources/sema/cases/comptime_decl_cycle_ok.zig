const a = b + 1;
const b = 2;
comptime {
    if (a != 3) @compileError("order");
}
