fn g(a: u8) u8 {
    return a;
}
export fn f(b: bool) u8 {
    return g(b);
}
