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
    if (doubled(x)) |v| {
        return v;
    } else |err| switch (err) {
        error.LowQ => return 0,
        error.HighQ => return 1,
        error.TooBigQ => return 2,
    }
}
