var x: u32 = 3;
export fn run() void {
    comptime var i = 0;
    i = x;
}
