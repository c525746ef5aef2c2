fn g(n: u32) void {
    var i: u32 = 0;
    while (i < n) : (i += 1) {
        const sq = i * i;
    }
}
comptime { _ = g; }
