const S = struct { a: u8 };
export fn e1() void {
    var x: u32 = 5;
    _ = x;
}
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
export fn e7(x: ?u8) u8 {
    return x + 1;
}
export fn e8() void {
    undefinedFunction();
}
export fn e9(s: []const u8) u8 {
    return s;
}
