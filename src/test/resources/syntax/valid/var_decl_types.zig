fn f() void {
    var a: u8 = 0;
    var b: u8 align(4) = 0;
    const c: []const u8 = "x";
    var d = [_]u8{0} ** 4;
    a += 1;
    b += 1;
    d[0] = c[0];
}
comptime {
    _ = &f;
}
