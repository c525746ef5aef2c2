fn g(x: u32) u32 {
    var r: u32 = 0;
    sw: switch (x) {
        0 => {
            r += 1;
            continue :sw 1;
        },
        else => {},
    }
    other: switch (x) {
        else => {},
    }
    return r;
}
comptime { _ = g; }
