export fn maybe(x: ?u32) u32 {
    return x orelse 0;
}
export fn ptr(x: ?*u32) u32 {
    return if (x) |p| p.* else 0;
}
export fn bytes() [4]u8 {
    return .{ 1, 2, 3, 4 };
}
