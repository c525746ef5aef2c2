var flag: bool = true;
export fn run() u32 {
    var total: u32 = 0;
    inline for (.{ 1, @as(u8, 2), flag }, 0..) |v, i| {
        if (@TypeOf(v) == bool) {
            if (i != 2) @compileError("index is comptime-known");
            if (v) total += 1;
        } else {
            total += v;
        }
    }
    return total;
}
