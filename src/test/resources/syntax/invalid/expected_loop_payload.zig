fn f(a: []u8) void {
    for (a) {}
}
