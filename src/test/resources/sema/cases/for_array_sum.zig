const arr = [_]u8{ 1, 2, 3, 4 };
comptime {
    var s: u32 = 0;
    for (arr) |x| {
        s += x;
    }
    if (s != 10) @compileError("sum");
}
