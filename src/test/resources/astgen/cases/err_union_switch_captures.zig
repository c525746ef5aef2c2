fn h() error{ A, B }!u32 {
    return 1;
}
fn g() u32 {
    return h() catch |err| switch (err) {
        error.A => |e| 1,
        error.B => 2,
    };
}
fn k() u32 {
    if (h()) |v| {
        return 0;
    } else |err| switch (err) {
        else => return 1,
    }
}
comptime { _ = g; _ = k; }
