const E = error{ LowQ, HighQ };
fn check(x: u8) E!u8 {
    if (x < 3) return error.LowQ;
    if (x > 250) return error.HighQ;
    return x;
}
var total: u32 = 0;
fn add(x: u8) E!void {
    errdefer total = 0;
    const v = try check(x);
    total += v;
}
export fn run(x: u8) void {
    add(x) catch return;
    const y = check(x) catch |e| switch (e) {
        error.LowQ => @as(u8, 0),
        error.HighQ => return,
    };
    total += y;
}
