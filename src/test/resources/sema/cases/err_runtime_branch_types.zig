const E = error{LowQ};
fn check(x: u8) E!u8 {
    if (x < 3) return error.LowQ;
    return x;
}
export fn run(x: u8) u8 {
    const v = if (check(x)) |v| v else |_| false;
    _ = v;
    return 0;
}
