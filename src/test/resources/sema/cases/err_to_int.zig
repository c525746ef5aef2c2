export fn run() void {
    const x: u8 = error.OopsQ;
    _ = x;
}
