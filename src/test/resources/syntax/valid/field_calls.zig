const S = struct {
    v: u8,
    fn get(self: *const S) u8 {
        return self.v;
    }
    fn twice(self: S, func: *const fn (u8) u8) u8 {
        return func(func(self.v));
    }
};
fn id(x: u8) u8 {
    return x;
}
fn f() u8 {
    const s: S = .{ .v = 1 };
    return s.get() + S.get(&s) + s.twice(&id) + s.twice(
        &id,
    );
}
comptime {
    _ = &f;
}
