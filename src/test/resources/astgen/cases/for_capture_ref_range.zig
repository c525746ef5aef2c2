fn g() void {
    for (0..3) |*i| {
        _ = i;
    }
}
comptime { _ = g; }
