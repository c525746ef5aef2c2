comptime {
    const n: u8 = 200.0;
    if (n != 200) @compileError("whole float to int");
    const m: i64 = -1e10;
    if (m != -10000000000) @compileError("negative whole float");
    const f: f32 = @as(u8, 7);
    if (f != 7.0) @compileError("comptime int to float");
}
