fn g(b: u32) void {
    const a, const b = .{ 1, 2 };
    _ = a;
}
comptime { _ = g; }
