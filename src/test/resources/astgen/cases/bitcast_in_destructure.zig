fn g(x: u64) void {
    const a, const b = @bitCast(x);
    _ = a;
    _ = b;
}
comptime { _ = g; }
