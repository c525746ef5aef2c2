fn g(x: u64) void {
    const y = @intCast(x);
    _ = y;
}
comptime { _ = g; }
