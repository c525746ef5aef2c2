fn fill(buf: []u8, v: u8) void {
    for (buf) |*b| b.* = v;
}
fn sum(xs: []const u8) u32 {
    var t: u32 = 0;
    for (xs) |x| t += x;
    return t;
}
comptime {
    var arr = [_]u8{ 1, 2, 3 };
    for (&arr) |*x| x.* *= 2;
    if (arr[2] != 6) @compileError("double");
    for (&arr, 0..) |*x, i| x.* += @intCast(i);
    if (arr[2] != 8) @compileError("index");
    fill(&arr, 7);
    if (sum(&arr) != 21) @compileError("fill");
    const view: []u8 = &arr;
    view[0] = 1;
    if (arr[0] != 1) @compileError("view");
}
