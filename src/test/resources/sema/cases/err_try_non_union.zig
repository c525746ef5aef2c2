export fn run() void {
    const x: u8 = 3;
    _ = try x;
}
