const value = 1;
fn g(value: u32) void {
    _ = value;
}
comptime { _ = g; }
