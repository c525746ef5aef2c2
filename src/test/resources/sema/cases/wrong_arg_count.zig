fn f(a: u8) u8 {
    return a;
}
comptime {
    _ = f(1, 2);
}
