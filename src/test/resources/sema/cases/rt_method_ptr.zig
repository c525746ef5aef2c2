const C = struct {
    n: u32,
    fn inc(self: *C) void {
        self.n += 1;
    }
};
export fn f() u32 {
    var c = C{ .n = 0 };
    c.inc();
    return c.n;
}
