export fn f(a: bool, b: u8) bool {
    return a and b;
}
