comptime {
    var i: u32 = 0;
    var odd: u32 = 0;
    while (i < 10) : (i += 1) {
        if (i % 2 == 0) continue;
        odd += 1;
    }
    if (odd != 5) @compileError("continue");
}
