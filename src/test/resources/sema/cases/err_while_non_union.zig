export fn run() void {
    var i: u8 = 0;
    while (i) |v| : (i += 1) {
        _ = v;
    } else |err| {
        _ = err;
    }
}
