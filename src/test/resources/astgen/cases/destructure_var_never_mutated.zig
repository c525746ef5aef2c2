fn g() u32 {
    var a: u32, const b = .{ 1, 2 };
    var c, var d = .{ @as(u32, 3), @as(u32, 4) };
    d += 1;
    return a + b + c + d;
}
comptime { _ = g; }
