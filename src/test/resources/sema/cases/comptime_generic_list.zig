const util = struct {
    pub const Pair = struct { a: u32, b: u32 };
    pub fn max(p: Pair) u32 {
        return if (p.a > p.b) p.a else p.b;
    }
    pub const version: u8 = 3;
};
fn List(comptime T: type, comptime cap: usize) type {
    return struct {
        items: [cap]T = undefined,
        len: usize = 0,
        const Self = @This();
        pub fn append(self: *Self, x: T) !void {
            if (self.len >= cap) return error.OutOfMemory;
            self.items[self.len] = x;
            self.len += 1;
        }
        pub fn slice(self: *const Self) []const T {
            return self.items[0..self.len];
        }
    };
}
fn classify(x: i32) u8 {
    return switch (x) {
        0 => 0,
        1...9 => 1,
        10...99 => 2,
        else => 3,
    };
}
comptime {
    var l = List(u8, 4){};
    l.append(1) catch unreachable;
    l.append(2) catch unreachable;
    var total: u32 = 0;
    for (l.slice()) |v| total += v;
    if (total != 3) @compileError("list");
    if (classify(42) != 2) @compileError("classify");
    if (util.max(.{ .a = 3, .b = 9 }) != 9) @compileError("max");
    outer: for (0..3) |i| {
        for (0..3) |j| {
            if (j == 1) continue :outer;
            if (i == 2) break :outer;
        }
    }
}
export fn f() u32 {

    return util.version;
}
