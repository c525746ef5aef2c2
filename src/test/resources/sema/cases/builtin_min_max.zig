var runtime_u32: u32 = 5;
comptime {
    const small = @min(@as(u8, 3), 5, 2);
    if (@TypeOf(small) != u2 or small != 2) @compileError("@min refines to u2");
    const big = @max(@as(i8, 3), -5);
    if (@TypeOf(big) != u2 or big != 3) @compileError("@max refines to u2");
    const lits = @max(3, 9, -2);
    if (@TypeOf(lits) != comptime_int or lits != 9) @compileError("@max of literals");
    const floats = @min(1.5, @as(f32, -2.25));
    if (@TypeOf(floats) != f32 or floats != -2.25) @compileError("@min of floats");
}
export fn clamp() void {
    const c = @min(runtime_u32, 200);
    if (@TypeOf(c) != u8) @compileError("runtime @min refines to u8");
    const d = @max(runtime_u32, 200);
    if (@TypeOf(d) != u32) @compileError("runtime @max keeps u32");
}
