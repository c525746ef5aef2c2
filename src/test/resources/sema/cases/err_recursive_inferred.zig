fn countdown(n: u8) !u8 {
    if (n == 0) return error.DoneQ;
    if (n > 100) return error.TooBigQ;
    return try countdown(n - 1);
}
export fn run(n: u8) u8 {
    return countdown(n) catch |e| switch (e) {
        error.DoneQ => 0,
        error.TooBigQ => 1,
    };
}
