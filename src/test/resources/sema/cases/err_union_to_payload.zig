fn get() !u8 {
    return error.NopeQ;
}
export fn run() void {
    const x: u8 = get();
    _ = x;
}
