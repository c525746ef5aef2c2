fn g(p1: u32, p2: u32) void {
    const a = 1;
    {
        const b = 2;
        var c: u32 = 3;
        _ = &c;
    }
    if (true) {
        const d = 4;
    } else {
        const e = 5;
    }
    const f = 6;
}
comptime { _ = g; }
