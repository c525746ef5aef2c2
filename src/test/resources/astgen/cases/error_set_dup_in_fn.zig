fn g() void {
    const E = error{ A, B, A };
    _ = E;
}
comptime { _ = g; }
