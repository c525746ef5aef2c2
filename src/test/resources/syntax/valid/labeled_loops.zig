fn f(xs: []const u8) usize {
    var n: usize = 0;
    outer: for (xs) |x| {
        inner: while (n < 10) : (n += 1) {
            if (x == 0) continue :outer;
            if (x == 1) break :inner;
            if (x == 2) break :outer;
        }
    }
    const r = loop: while (true) {
        break :loop n;
    };
    return r;
}
comptime {
    _ = &f;
}
