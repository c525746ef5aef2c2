var value: u16 = 5;
fn Wrap(comptime T: type) type {
    return struct { inner: T };
}
fn wrap(x: anytype) Wrap(@TypeOf(x)) {
    return .{ .inner = x };
}
export fn run() u16 {
    const w = wrap(value);
    if (@TypeOf(w) != Wrap(u16)) @compileError("memoised type");
    return w.inner;
}
