export fn f(a: u8) u8 {
    a = 2;
    return a;
}
