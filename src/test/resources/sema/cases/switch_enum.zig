const Color = enum { red, green, blue };
fn val(c: Color) u8 {
    return switch (c) {
        .red => 1,
        .green => 2,
        .blue => 3,
    };
}
comptime {
    if (val(.green) != 2) @compileError("enum switch");
}
