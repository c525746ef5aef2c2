const E = error{ LowQ, HighQ };
fn step(x: u8) E!u8 {
    errdefer |e| if (e == error.HighQ) @compileError("errdefer saw HighQ");
    if (x > 200) return error.HighQ;
    if (x < 3) return error.LowQ;
    return x;
}
comptime {
    _ = step(100) catch unreachable;
    _ = step(1) catch 0;
    _ = step(201) catch 0;
}
