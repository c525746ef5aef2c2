fn f(n: u8) !u8 {
    if (n == 0) return error.ZeroQ;
    return n;
}
export fn run(n: u8) u8 {
    return f(n) catch |e| switch (e) {
        error.ZeroQ => 0,
        error.OtherQ => 1,
    };
}
