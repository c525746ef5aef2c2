fn f(x: u8) u8 {
    return switch (x) {
        0 => 1
        else => 2,
    };
}
