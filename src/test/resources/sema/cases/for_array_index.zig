const arr = [_]u8{ 5, 6, 7 };
comptime {
    var s: usize = 0;
    for (arr, 0..) |x, i| {
        s += x * i;
    }
    if (s != 20) @compileError("sum");
}
