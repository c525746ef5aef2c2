const E = error{ LowQ, HighQ };
fn clamp(x: u8) E!u8 {
    if (x > 200) return error.HighQ;
    return x;
}
fn outer(x: u8) E!u8 {
    return try clamp(x);
}
comptime {
    _ = outer(250) catch unreachable;
}
