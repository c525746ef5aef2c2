fn sum(xs: []const u8) u32 {
    var t: u32 = 0;
    for (xs) |x| t += x;
    return t;
}
comptime {
    const a = [_]u8{ 1, 2, 3, 4, 5 };
    if (sum(a[1..3]) != 5) @compileError("mid");
    if (sum(a[2..]) != 12) @compileError("tail");
    const s: []const u8 = &a;
    if (sum(s[3..]) != 9) @compileError("slice of slice");
    var b = [_]u8{ 0, 0, 0 };
    const part = b[1..];
    part[0] = 7;
    if (b[1] != 7) @compileError("view");
    const str = "hello";
    if (str[1..3][0] != 'e') @compileError("str");
    _ = a[4..9];
}
export fn rt(n: usize) u8 {
    var buf: [4]u8 = .{ 1, 2, 3, 4 };
    buf[0] = 9;
    const s = buf[0..n];
    return s[0];
}
