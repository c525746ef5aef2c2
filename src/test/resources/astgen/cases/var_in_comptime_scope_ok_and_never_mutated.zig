fn g(comptime n: u32) u32 {
    comptime var i = 0;
    var acc: u32 = n;
    inline while (i < 3) : (i += 1) {}
    return acc;
}
comptime { _ = g; }
