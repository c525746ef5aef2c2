export fn f(a: u8) u8 {
    if (a > 1) return 1;
}
