fn g() void {
    const a, const b = .{ 1, 2, 3 };
    _ = a;
    _ = b;
}
comptime { _ = g; }
