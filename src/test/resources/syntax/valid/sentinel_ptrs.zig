fn f(s: [:0]const u8, p: [*:0]const u8, q: [*c]const u8) usize {
    var n: usize = s.len;
    while (p[n] != 0) n += 1;
    _ = q;
    const arr: [3:0]u8 = .{ 1, 2, 3 };
    const sl: [:0]const u8 = &arr;
    return n + sl.len;
}
comptime {
    _ = &f;
}
