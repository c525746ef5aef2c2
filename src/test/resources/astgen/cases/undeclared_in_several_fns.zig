fn a() void {
    _ = nope1;
}
fn b() void {
    _ = nope2;
}
const c = nope3;
comptime {
    _ = a;
    _ = b;
}
