comptime {
    const h: f16 = 0.1;
    const widened: f32 = h;
    if (widened == 0.1) @compileError("f16 kept too many bits");
    const big: f16 = 100000;
    if (big != big * 2) @compileError("f16 overflow is inf");
}
comptime {
    const x: u8 = @as(f16, 0.1);
    _ = x;
}
