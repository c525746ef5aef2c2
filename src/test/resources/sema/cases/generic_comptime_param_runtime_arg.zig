var value: u32 = 5;
fn pick(comptime n: u32) u32 {
    return n;
}
export fn run() u32 {
    return pick(value);
}
