pub fn main() void {
    const a = comptime blk: {
        const inner = 1;
        break :blk 2;
    };
    _ = a;
    const b = if (true) return else 3;
    _ = b;
    var c: u32 = 0;
    c = c;
    var d: u32 = 0;
    d.* = 1;
    var e: struct { x: u32 } = .{ .x = 1 };
    e.x = 2;
    var f: u32 = 1;
    _ = &f;
    var g: u32 = 1;
    _ = @as(*u32, &g);
    var h = [_]u8{1};
    h[0] += 1;
    var i: ?u32 = 1;
    i.? = 2;
    var j: u32 = 1;
    j = undefined;
    var k: u32 = 0;
    k, _ = .{ 1, 2 };
}
