const Outer = struct {
    const Inner = struct {
        const Deepest = enum { a };
        d: Deepest = .a,
    };
    inner: Inner = .{},
    fn make() Outer {
        return .{};
    }
};
comptime {
    _ = Outer.make;
}
