const S = struct {
    inner: struct { v: [4]u8 = .{ 1, 2, 3, 4 } } = .{},
};
fn f(s: S) u8 {
    return s.inner.v[0] + s.inner.v[1..3][0] + @as(u8, @intCast(s.inner.v.len)) * 2 - 1;
}
comptime {
    _ = &f;
}
