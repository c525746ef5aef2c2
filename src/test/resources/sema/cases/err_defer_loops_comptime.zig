fn f(x: u8) !u8 {
    while (true) {
        if (x > 3) return error.Qa;
        defer {}
        break;
    }
    return x;
}
comptime {
    _ = f(1) catch unreachable;
    var i: u8 = 0;
    while (i < 3) : (i += 1) {
        defer {}
        if (i == 1) continue;
    }
}
