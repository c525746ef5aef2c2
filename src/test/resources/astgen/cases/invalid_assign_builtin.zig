fn g() void {
    var x: u32 = 0;
    @as(u32, x) = 1;
}
comptime { _ = g; }
