const a: u8 = 1;
const c = a -% 2;
comptime {
    if (c != 255) @compileError("wrong");
}
