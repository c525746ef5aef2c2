fn g(s: []const u8) u8 {
    return switch (s) {
        "a" => 1,
        else => 0,
    };
}
comptime { _ = g; }
