const table = [_]u8{ 1, 2, 3 };
export fn run() void {
    for (&table) |*x| x.* = 0;
}
