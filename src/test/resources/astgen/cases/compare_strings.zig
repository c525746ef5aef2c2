fn g(s: []const u8) bool {
    return s == "hello";
}
comptime { _ = g; }
