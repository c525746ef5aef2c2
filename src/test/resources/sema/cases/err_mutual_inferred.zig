fn a(n: u8) !u8 {
    if (n == 0) return error.AzeroQ;
    return b(n - 1);
}
fn b(n: u8) !u8 {
    if (n == 0) return error.BzeroQ;
    return a(n - 1);
}
export fn run(n: u8) u8 {
    return a(n) catch 7;
}
