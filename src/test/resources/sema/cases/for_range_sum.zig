comptime {
    var s: u32 = 0;
    for (0..10) |i| {
        s += @intCast(i);
    }
    if (s != 45) @compileError("sum");
}
