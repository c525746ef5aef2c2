const b: ?u8 = 4;
comptime {
    if (b) |v| {
        if (v != 4) @compileError("cap");
    } else @compileError("null?");
}
