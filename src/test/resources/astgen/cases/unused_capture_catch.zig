fn h() !u32 {
    return 1;
}
fn g() void {
    const v = h() catch |err| 0;
    _ = v;
}
comptime { _ = g; }
