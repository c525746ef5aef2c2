const arr = [_]u8{ 1, 2, 3 };
comptime {
    if (arr.len != 3) @compileError("len");
}
