const E = error{NoneQ};
fn pick(x: u8) E!u8 {
    if (x == 0) return error.NoneQ;
    return x;
}
export fn run(x: u8) u8 {
    return pick(x) catch unreachable;
}
