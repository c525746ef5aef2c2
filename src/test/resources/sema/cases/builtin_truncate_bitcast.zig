comptime {
    const low: u8 = @truncate(@as(u16, 0x1234));
    if (low != 0x34) @compileError("@truncate");
    const neg: i8 = @truncate(@as(i16, 0x1ff));
    if (neg != -1) @compileError("@truncate signed");
    const s: i8 = @bitCast(@as(u8, 0xfe));
    if (s != -2) @compileError("@bitCast u8 -> i8");
    const bits: u32 = @bitCast(@as(f32, 1.0));
    if (bits != 0x3f800000) @compileError("@bitCast f32 -> u32");
    const back: f64 = @bitCast(@as(u64, 0x4000000000000000));
    if (back != 2.0) @compileError("@bitCast u64 -> f64");
    const b = @intFromBool(true);
    if (@TypeOf(b) != u1 or b != 1) @compileError("@intFromBool");
}
