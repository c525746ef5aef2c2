const E = error{X};
fn a() E!void {}
fn b() anyerror!u8 {
    return 0;
}
fn c() !?[]const u8 {
    return null;
}
const F = E!u8;
comptime {
    _ = &a;
    _ = &b;
    _ = &c;
    _ = F;
}
