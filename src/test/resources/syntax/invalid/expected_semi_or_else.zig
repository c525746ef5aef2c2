fn f(a: bool) void {
    var x: u8 = 0;
    if (a) x = 1
    x = 2;
}
