fn f() !u8 {
    return 1;
}
fn g() u8 {
    return try f();
}
export fn run() void {
    _ = g();
}
