fn f() void {
    var i: u8 = 0;
    while (i < 3) (i += 1) {}
}
