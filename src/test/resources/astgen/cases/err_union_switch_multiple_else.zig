fn h() !u32 {
    return 1;
}
fn g() u32 {
    return h() catch |err| switch (err) {
        else => 1,
        else => 2,
    };
}
comptime { _ = g; }
