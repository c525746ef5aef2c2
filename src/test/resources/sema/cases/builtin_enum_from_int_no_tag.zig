const E = enum { a, b, c };
comptime {
    const e: E = @enumFromInt(5);
    _ = e;
}
