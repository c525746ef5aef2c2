const count = 10;
fn g() void {
    var count: u32 = 0;
    count += 1;
}
comptime { _ = g; }
