var x: u32 = 3;
export fn run() u32 {
    var total: u32 = 0;
    comptime var i = 0;
    inline while (i < 3) : (i += 1) {
        total += x * i;
    }
    if (i != 3) @compileError("comptime var counted");
    return total;
}
