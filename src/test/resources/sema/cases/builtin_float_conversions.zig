comptime {
    const f: f32 = @floatFromInt(@as(u8, 200));
    if (f != 200.0) @compileError("@floatFromInt");
    const i: i32 = @intFromFloat(@as(f64, -7.9));
    if (i != -7) @compileError("@intFromFloat truncates");
    const narrow: f16 = @floatCast(@as(f64, 0.1));
    if (narrow != @as(f16, 0.1)) @compileError("@floatCast rounds");
    const big: f32 = @floatFromInt(@as(u32, 16777217));
    if (big != 16777216.0) @compileError("@floatFromInt rounds to nearest even");
}
