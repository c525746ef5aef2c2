const T = union(enum) { a: u8, b: u16, c };
comptime {
    _ = @unionInit(T, "a", 300);
}
