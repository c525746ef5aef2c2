fn mayFail(x: u8) !u8 {
    if (x == 0) return error.ZeroQ;
    return x;
}
export fn run(x: u8) u8 {
    mayFail(x);
    return 0;
}
