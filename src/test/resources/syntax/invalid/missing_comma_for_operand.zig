fn f(a: []u8, b: []u8) void {
    for (a b) |x, y| {}
}
