fn sum(comptime xs: []const u32) u32 {
    var t: u32 = 0;
    for (xs) |x| t += x;
    return t;
}
comptime {
    if (sum(&[_]u32{ 1, 2, 3 }) != 6) @compileError("sum");
}
