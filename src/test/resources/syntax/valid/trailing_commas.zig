fn f(
    a: u8,
    b: u8,
) u8 {
    const arr = [_]u8{
        a,
        b,
    };
    return g(
        arr[0],
        arr[1],
    );
}
fn g(x: u8, y: u8) u8 {
    return x + y;
}
const E = enum {
    a,
    b,
};
comptime {
    _ = &f;
    _ = E;
}
