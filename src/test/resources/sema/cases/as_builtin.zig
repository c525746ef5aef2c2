const x = @as(u8, 255);
comptime {
    if (@TypeOf(x) != u8) @compileError("as");
}
