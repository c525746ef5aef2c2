export fn f() void {
    const x: u8 = 256;
    _ = x;
}
