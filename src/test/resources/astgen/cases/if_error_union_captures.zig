fn h() !u32 {
    return 1;
}
fn g() void {
    if (h()) |v| {
    } else |e| {
    }
}
comptime { _ = g; }
