fn g() void {
    unreachable;
    var a: u32 = 0;
    a += 1;
    g();
    g();
}
comptime { _ = g; }
