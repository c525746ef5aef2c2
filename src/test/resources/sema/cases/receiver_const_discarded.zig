const Counter = struct {
    n: u32 = 0,
    fn inc(self: *Counter) void {
        self.n += 1;
    }
};
export fn f() void {
    const c = Counter{};
    c.inc();
}
export fn g(p: *const Counter) void {
    p.inc();
}
