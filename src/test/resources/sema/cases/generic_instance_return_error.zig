var value: u32 = 5;
fn narrow(x: anytype) u8 {
    return x;
}
export fn ok() u8 {
    return narrow(@as(u8, 1));
}
export fn bad() u8 {
    return narrow(value);
}
