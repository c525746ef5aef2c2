fn generic(comptime T: type, x: T) T {
    return x;
}
fn any(x: anytype) @TypeOf(x) {
    return x;
}
fn noal(noalias p: *u8) void {
    p.* = 1;
}
fn docs(
    /// the first
    a: u8,
    /// the second
    b: u8,
) u8 {
    return a + b;
}
fn fnType(f: *const fn (u8) callconv(.C) u8) u8 {
    return f(1);
}
comptime {
    _ = &generic;
    _ = &any;
    _ = &noal;
    _ = &docs;
    _ = &fnType;
}
