fn h() anyerror!?u32 {
    return null;
}
fn g() void {
    while (h()) |v| {
        _ = v;
    } else |err| {}
}
comptime { _ = g; }
