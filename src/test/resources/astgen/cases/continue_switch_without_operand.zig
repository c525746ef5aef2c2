fn g(x: u32) void {
    sw: switch (x) {
        0 => continue :sw,
        else => {},
    }
}
comptime { _ = g; }
