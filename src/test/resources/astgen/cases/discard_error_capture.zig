fn h() !u32 {
    return 1;
}
fn g() void {
    const v = h() catch |_| 0;
    _ = v;
}
comptime { _ = g; }
