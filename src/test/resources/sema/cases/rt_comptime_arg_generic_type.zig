fn Box(comptime T: type) type {
    return struct {
        v: T,
        fn get(self: @This()) T {
            return self.v;
        }
    };
}
export fn f(x: u16) u16 {
    const b = Box(u16){ .v = x };
    return b.get();
}
