fn h() !void {}
fn g() !void {
    defer try h();
}
comptime { _ = g; }
