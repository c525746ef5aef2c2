inline fn sq(x: u32) u32 {
    return x * x;
}
fn f() u32 {
    return @call(.auto, sq, .{3}) + sq(2);
}
comptime {
    _ = &f;
}
