fn h() !u32 {
    return 1;
}
fn g() void {
    _ = h() catch |err| switch (err) {
        _ => 0,
    };
}
comptime { _ = g; }
