comptime {
    if (@TypeOf(1, @as(u8, 2)) != u8) @compileError("int peer");
    if (@TypeOf(null, @as(u8, 2)) != ?u8) @compileError("null peer");
    if (@TypeOf(@as(u8, 1), @as(u16, 2), 3) != u16) @compileError("three peers");
    if (@TypeOf(1.5, @as(f32, 2)) != f32) @compileError("float peer");
}
