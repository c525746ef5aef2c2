export fn run() void {
    const x: u8 = 1;
    if (x) |v| {
        _ = v;
    } else |e| {
        _ = e;
    }
}
