export fn f() void {
    var x: u8 = 0;
    x = true;
}
