fn f(a: u8, b: u8) u8 {
    return a + b;
}
comptime {
    _ = f();
}
