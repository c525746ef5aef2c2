fn g(a: u8) u8 {
    return a;
}
export fn f() u8 {
    return g();
}
