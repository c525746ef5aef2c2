const E = error{ LowQ, HighQ };
fn check(x: u8) E!u8 {
    if (x < 3) return error.LowQ;
    return x;
}
fn doubled(x: u8) !u16 {
    const v = try check(x);
    if (v > 100) return error.TooBigQ;
    return @as(u16, v) * 2;
}
export fn run(x: u8) u16 {
    return doubled(x) catch |err| switch (err) {
        error.LowQ => 0,
        error.TooBigQ => 2,
    };
}
