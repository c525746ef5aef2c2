export fn run() void {
    comptime var i: u8 = 250;
    inline while (i < 260) : (i += 1) {}
}
