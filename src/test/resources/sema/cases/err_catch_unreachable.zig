const E = error{ LowQ, HighQ };
fn clamp(x: u8) E!u8 {
    if (x < 10) return error.LowQ;
    if (x > 200) return error.HighQ;
    return x;
}
comptime {
    _ = clamp(50) catch unreachable;
    _ = clamp(5) catch 0;
    _ = clamp(250) catch unreachable;
}
