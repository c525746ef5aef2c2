const E = error{NoneQ};
fn leaf(x: u8) E!u8 {
    if (x == 0) return error.NoneQ;
    return x;
}
fn helper() u8 {
    return leaf(0) catch 0;
}
comptime {
    for (0..1) |_| { _ = leaf(0) catch 0; }
    _ = leaf(0) catch unreachable;
}
