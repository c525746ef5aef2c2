fn find(x: u8) u8 {
    var i: u8 = 0;
    while (i < 100) : (i += 1) {
        if (i * i >= x) return i;
    }
    return 255;
}
comptime {
    if (find(50) != 8) @compileError("find");
}
