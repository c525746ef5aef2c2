const T = union(enum) { a: u8, b: u16, c };
fn get(t: T) u16 {
    return t.b;
}
comptime {
    _ = get(.{ .a = 1 });
}
