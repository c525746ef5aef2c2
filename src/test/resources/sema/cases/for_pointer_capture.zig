var arr = [_]u8{ 1, 2, 3 };
fn bump(items: []u32) void {
    for (items) |*item| item.* += 1;
}
export fn reset() void {
    for (&arr, 0..) |*x, i| x.* = @intCast(i);
    var buf = [_]u32{ 4, 5 };
    bump(&buf);
}
