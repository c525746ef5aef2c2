comptime {
    var i: u32 = 0;
    while (true) {
        i += 1;
        if (i == 7) break;
    }
    if (i != 7) @compileError("break");
}
