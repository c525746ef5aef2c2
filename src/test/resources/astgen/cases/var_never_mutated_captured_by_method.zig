const S = struct {
    n: u32,
    fn inc(self: *S) void {
        self.n += 1;
    }
    fn get(self: S) u32 {
        return self.n;
    }
};
fn g() u32 {
    var a = S{ .n = 0 };
    a.inc();
    var b = S{ .n = 1 };
    return b.get();
}
comptime { _ = g; }
