const s: []const u8 = "hello";
comptime {
    if (s.len != 5) @compileError("slice");
}
