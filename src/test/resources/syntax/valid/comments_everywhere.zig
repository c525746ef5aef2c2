// A plain comment.
const a = 1; // trailing
//// four slashes are a plain comment
const b = // between
    2;
fn f(
    // comment in params
    x: u8,
) u8 {
    // comment in body
    return x; // after
}
comptime {
    _ = .{ a, b };
    _ = &f;
}
