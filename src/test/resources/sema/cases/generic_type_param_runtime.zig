var value: u32 = 5;
fn add(comptime T: type, p: T, q: T) T {
    return p + q;
}
export fn ok() u32 {
    return add(u32, value, 1);
}
export fn bad() u32 {
    return add(u32, value, true);
}
