const S = struct { a: u8 };
export fn e2() u32 {
    const s = S{ .a = 1, .b = 2 };
    return s.a;
}
export fn e3(p: *const u32) void {
    p.* = 3;
}
export fn e4() void {
    const arr = [_]u8{ 1, 2, 3 };
    _ = arr[5];
}
export fn e5(x: u8) bool {
    return x == null;
}
export fn e6() i32 {
    return @as(i32, 1) / 0;
}
