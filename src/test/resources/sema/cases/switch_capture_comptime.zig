fn classify(x: u8) u8 {
    return switch (x) {
        0 => 0,
        1...9 => |v| v * 2,
        else => |v| v / 10,
    };
}
comptime {
    if (classify(4) != 8) @compileError("range capture");
    if (classify(250) != 25) @compileError("else capture");
    if (classify(0) != 0) @compileError("zero");
}
