const a: u128 = (1 << 127) + 5;
comptime {
    if (a % 10 != 3) @compileError("wrong");
}
