const Counter = struct {
    count: u32 = 0,
    pub fn inc(self: *Counter) void {
        self.count += 1;
    }
    pub fn get(self: Counter) u32 {
        return self.count;
    }
};
fn f() u32 {
    var c: Counter = .{};
    c.inc();
    return c.get();
}
comptime {
    _ = &f;
}
