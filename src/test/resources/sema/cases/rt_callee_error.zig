fn g(a: u8) u8 {
    return a + true;
}
export fn f() u8 {
    return g(1);
}
