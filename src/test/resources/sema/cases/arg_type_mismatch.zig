fn f(a: u8) u8 {
    return a;
}
comptime {
    _ = f(true);
}
