fn g() u32 {
    var a: u32 = 1;
    var b: u32 = 2;
    var c: [4]u8 = undefined;
    var d: u32 = 0;
    a += 1;
    c[0] = 1;
    const p = &d;
    _ = p;
    return a + b;
}
comptime { _ = g; }
