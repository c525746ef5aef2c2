fn a() align(4) addrspace(.generic) linksection(".text") callconv(.C) void {}
fn b(x: u8) align(8) callconv(.C) u8 {
    return x;
}
fn c(x: u8, y: u8) linksection(".text.c") u8 {
    return x + y;
}
comptime {
    _ = &a;
    _ = &b;
    _ = &c;
}
