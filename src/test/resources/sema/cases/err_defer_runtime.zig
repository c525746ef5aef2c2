const E = error{ LowQ, HighQ };
var counter: u32 = 0;
fn step(x: u8) E!u8 {
    defer counter += 1;
    errdefer |e| {
        _ = @errorName(e);
        counter += 10;
    }
    if (x > 200) return error.HighQ;
    if (x < 3) return error.LowQ;
    return x;
}
export fn run(x: u8) u8 {
    const a = step(x) catch |e| switch (e) {
        error.LowQ => 0,
        error.HighQ => 255,
    };
    return a;
}
