export fn f(a: u32) u8 {
    return a;
}
