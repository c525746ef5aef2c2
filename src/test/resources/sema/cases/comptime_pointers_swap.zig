fn swap(a: *i32, b: *i32) void {
    const t = a.*;
    a.* = b.*;
    b.* = t;
}
const Counter = struct {
    n: u32 = 0,
    hist: [4]u32 = .{ 0, 0, 0, 0 },
    fn inc(self: *Counter) void {
        self.hist[self.n % 4] += 1;
        self.n += 1;
    }
    fn get(self: Counter) u32 {
        return self.n;
    }
    fn getp(self: *const Counter) u32 {
        return self.n;
    }
};
fn fill(buf: []u8, v: u8) void {
    for (buf) |*b| b.* = v;
}
comptime {
    var x: i32 = 1;
    var y: i32 = 2;
    swap(&x, &y);
    if (x != 2 or y != 1) @compileError("swap");
    var c = Counter{};
    c.inc();
    c.inc();
    const p = &c;
    p.inc();
    p.n += 10;
    if (c.get() != 13) @compileError("count");
    if (c.getp() != 13) @compileError("countp");
    if (c.hist[1] != 1) @compileError("hist");
    var arr = [_]u8{ 0, 0, 0 };
    fill(&arr, 7);
    if (arr[2] != 7) @compileError("fill");
}
comptime {
    const c = Counter{};
    c.inc();
}
