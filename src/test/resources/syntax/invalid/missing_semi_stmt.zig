fn f() void {
    var x: u8 = 1
    x += 1;
}
