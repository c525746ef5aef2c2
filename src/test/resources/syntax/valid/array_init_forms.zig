fn f() u8 {
    const a = [_]u8{};
    const b = [_]u8{1};
    const c = [_]u8{ 1, 2 };
    const d = [_]u8{
        1,
        2,
        3,
    };
    const e: [3]u8 = .{ 1, 2, 3 };
    const g = [2][2]u8{ .{ 1, 2 }, .{ 3, 4 } };
    return a.len + b[0] + c[1] + d[2] + e[0] + g[1][1];
}
comptime {
    _ = &f;
}
