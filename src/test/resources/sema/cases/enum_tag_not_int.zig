const E = enum(bool) { a };
comptime {
    _ = E.a;
}
