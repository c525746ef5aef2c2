const x: u16 = 5;
comptime {
    if (@TypeOf(x) != u16) @compileError("typeof");
}
