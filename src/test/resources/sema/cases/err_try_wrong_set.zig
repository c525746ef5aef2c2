const Wide = error{ AlphaQ, BetaQ };
const Narrow = error{AlphaQ};
fn f() Wide!u8 {
    return 1;
}
fn g() Narrow!u8 {
    return try f();
}
export fn run() void {
    _ = g() catch 0;
}
