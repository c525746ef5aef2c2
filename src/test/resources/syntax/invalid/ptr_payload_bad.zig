fn f(o: ?u8) void {
    if (o) |*| {}
}
