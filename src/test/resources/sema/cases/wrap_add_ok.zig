const a: u8 = 200;
const c = a +% 100;
comptime {
    if (c != 44) @compileError("wrong");
}
