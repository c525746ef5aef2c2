fn g() u8 {
    return error.NotAllowedQ;
}
export fn run() void {
    _ = g();
}
