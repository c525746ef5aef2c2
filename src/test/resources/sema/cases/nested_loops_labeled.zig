comptime {
    var n: u32 = 0;
    outer: for (0..5) |i| {
        for (0..5) |j| {
            if (j > i) continue :outer;
            n += 1;
        }
    }
    if (n != 15) @compileError("nested");
}
