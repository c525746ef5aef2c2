var arr = [_]u8{ 1, 2, 3 };
export fn run() void {
    for (arr) |*x| x.* = 0;
}
