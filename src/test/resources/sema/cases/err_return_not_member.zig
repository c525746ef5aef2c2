const E = error{ BadQ, WorseQ };
fn f(x: u8) E!u8 {
    if (x == 0) return error.OtherQ;
    return x;
}
export fn run() void {
    _ = f(1) catch 0;
}
