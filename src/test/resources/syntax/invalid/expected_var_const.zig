fn f() void {
    x: u8 = 1;
}
