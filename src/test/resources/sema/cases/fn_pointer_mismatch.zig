fn d(x: u32) bool {
    return x == 0;
}
fn e(x: u32, y: u32) bool {
    return x == y;
}
export fn a() void {
    const p: *const fn (u8) bool = &d;
    _ = p;
}
export fn b() void {
    const p: *const fn (u32) bool = &e;
    _ = p;
}
export fn c() void {
    const p: *const fn (u32) bool = d;
    _ = p;
}
