const Err = error{ A, B };
fn g() Err!?u8 {
    return null;
}
fn f() Err!u8 {
    const a = try g();
    const b = a orelse 3;
    const c = g() catch 4;
    const d = g() catch |e| switch (e) {
        error.A => 1,
        error.B => 2,
    };
    _ = c;
    _ = d;
    const p: ?*u8 = null;
    if (p) |q| q.* = 1;
    _ = if (a) |v| v else 0;
    return b;
}
const Merged = Err || error{C};
comptime {
    _ = &f;
    _ = Merged;
}
