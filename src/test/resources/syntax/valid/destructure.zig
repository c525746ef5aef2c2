fn f() u8 {
    const a, const b = .{ 1, 2 };
    var c: u8 = 0;
    var d: u8 = 0;
    c, d = .{ 3, 4 };
    const e, var g: u8 = .{ 5, 6 };
    g += 1;
    return a + b + c + d + e + g;
}
comptime {
    _ = &f;
}
