fn name(x: u8) u8 {
    return switch (x) {
        0 => 10,
        1, 2 => 20,
        3...9 => 30,
        else => 40,
    };
}
comptime {
    if (name(0) != 10 or name(2) != 20 or name(5) != 30 or name(100) != 40) @compileError("switch");
}
