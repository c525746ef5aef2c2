fn f(x: u8) u8 {
    var y: u8 = 0;
    sw: switch (x) {
        0 => {
            y += 1;
            continue :sw 1;
        },
        1 => break :sw,
        else => y = 2,
    }
    return y;
}
comptime {
    _ = &f;
}
