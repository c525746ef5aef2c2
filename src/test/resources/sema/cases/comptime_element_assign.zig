comptime {
    var a = [_]u8{ 1, 2 };
    a[0] = 5;
    if (a[0] != 5) @compileError("x");
    const S = struct { v: [2]u8 };
    var s = S{ .v = .{ 1, 2 } };
    s.v[1] = 7;
    if (s.v[1] != 7) @compileError("y");
    const p = &a;
    p[1] = 9;
    if (a[1] != 9) @compileError("z");
}
