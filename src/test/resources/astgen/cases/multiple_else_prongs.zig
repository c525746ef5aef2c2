fn g(x: u32) u32 {
    return switch (x) {
        0 => 1,
        else => 2,
        else => 3,
    };
}
comptime { _ = g; }
