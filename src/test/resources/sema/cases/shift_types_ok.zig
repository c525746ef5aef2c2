var byte: u8 = 1;
comptime {
    if (@as(u8, 0x81) << 1 != 2) @compileError("<< truncates");
    const amount: u16 = 3;
    if (1 << amount != 8) @compileError("comptime_int shifted by a u16");
    if (-(1 << @as(u16, 7)) != -128) @compileError("negated shift");
}
export fn run() u8 {
    const v = byte << 3;
    if (@TypeOf(v) != u8) @compileError("result has the left operand's type");
    return v;
}
