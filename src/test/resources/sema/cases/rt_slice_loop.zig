export fn f(s: [*]const u8, n: usize) u32 {
    var t: u32 = 0;
    for (s[0..n]) |b| {
        t += b;
    }
    return t;
}
