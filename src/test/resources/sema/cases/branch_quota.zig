fn spin(n: u32) u32 {
    var i: u32 = 0;
    while (i < n) : (i += 1) {}
    return i;
}
comptime {
    _ = spin(2000);
}
