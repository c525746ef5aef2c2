fn len(comptime s: []const u8) usize {
    return s.len;
}
comptime {
    if (len("abcd") != 4) @compileError("len");
}
