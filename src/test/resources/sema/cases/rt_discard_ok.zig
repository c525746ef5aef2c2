fn g() u8 {
    return 1;
}
export fn f() void {
    _ = g();
}
