fn g() void {
    1 = 2;
}
fn h() void {
    g() = 3;
}
comptime { _ = g; _ = h; }
