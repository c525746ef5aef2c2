fn g() void {
    comptime const a, const b = .{ 1, 2 };
    _ = a;
    _ = b;
}
comptime { _ = g; }
