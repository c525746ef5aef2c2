fn g() void {
    @panic("boom");
    g();
}
fn h() void {
    @compileError("nope");
    h();
}
comptime { _ = g; _ = h; }
