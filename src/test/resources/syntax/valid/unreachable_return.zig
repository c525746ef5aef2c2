fn f(x: u8) u8 {
    if (x == 0) unreachable;
    if (x == 1) return 1;
    return switch (x) {
        2 => 2,
        else => unreachable,
    };
}
fn g() void {
    return;
}
comptime {
    _ = &f;
    _ = &g;
}
