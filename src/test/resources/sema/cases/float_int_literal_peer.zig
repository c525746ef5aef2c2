export fn run(x: u8) void {
    const y = x + 1.5;
    _ = y;
}
