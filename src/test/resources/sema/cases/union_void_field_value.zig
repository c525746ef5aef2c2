const U = union(enum) { a: u8, b };
comptime {
    const u = U{ .b = 3 };
    _ = u;
}
