const a = 0b1100;
const b = 0b1010;
comptime {
    if ((a & b) != 8) @compileError("and");
    if ((a | b) != 14) @compileError("or");
    if ((a ^ b) != 6) @compileError("xor");
    if ((a >> 2) != 3) @compileError("shr");
}
