fn f(xs: []const u8) u8 {
    var total: u8 = 0;
    for (xs) |x| {
        if (x == 0) continue;
        if (x == 255) break;
        total +%= x;
    }
    var i: u8 = 0;
    const v = while (i < 3) : (i += 1) {
        if (i == 2) break i;
    } else 9;
    return total + v;
}
comptime {
    _ = &f;
}
