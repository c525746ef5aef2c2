const x = comptime 1 + 2;
fn g() void {
    comptime {
        _ = comptime 3;
    }
}
comptime { _ = g; }
