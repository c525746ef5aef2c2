fn f(xs: []const u8, ys: []u8) usize {
    var n: usize = 0;
    for (xs) |x| n += x;
    for (xs, 0..) |x, i| {
        n += x + i;
    }
    for (xs, ys) |x, *y| {
        y.* = x;
    }
    for (0..10) |i| {
        n += i;
    }
    for (xs) |_| {} else {}
    inline for (.{ 1, 2 }) |c| {
        n += c;
    }
    const found = for (xs) |x| {
        if (x == 0) break true;
    } else false;
    _ = found;
    return n;
}
comptime {
    _ = &f;
}
