fn f() !u8 {
    return error.NopeQ;
}
fn g() u8 {
    return try f();
}
export fn run() void {
    _ = g();
}
