const E = enum(u8) { a, b, _ };
fn g(x: E) u32 {
    return switch (x) {
        .a => 1,
        else => 2,
        _ => 3,
    };
}
comptime { _ = g; }
