const E = error{ NoneQ, BadQ };
fn leaf(x: u8) E!u8 {
    if (x == 0) return error.NoneQ;
    return x;
}
fn middle(x: u8) E!u8 {
    const v = leaf(x) catch |e| return e;
    return v;
}
fn top(x: u8) E!u8 {
    return middle(x) catch |e| switch (e) {
        error.NoneQ => error.BadQ,
        else => e,
    };
}
comptime {
    var i: u8 = 0;
    while (i < 3) : (i += 1) {
        _ = leaf(i) catch 0;
    }
    _ = top(0) catch unreachable;
}
