export fn run(s: []const u8) void {
    _ = s;
}
