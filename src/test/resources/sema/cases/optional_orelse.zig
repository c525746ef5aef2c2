const a: ?u8 = null;
const b: ?u8 = 4;
comptime {
    if ((a orelse 9) != 9) @compileError("orelse1");
    if ((b orelse 9) != 4) @compileError("orelse2");
    if (b.? != 4) @compileError("unwrap");
}
