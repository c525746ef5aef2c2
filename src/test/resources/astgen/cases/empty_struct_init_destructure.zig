fn g() void {
    const a, const b = .{};
    _ = a;
    _ = b;
}
comptime { _ = g; }
