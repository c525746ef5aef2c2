fn f(x: u8) void {
    _ = x.1;
}
