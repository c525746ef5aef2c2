fn Arr(comptime n: usize) type {
    return [n]u8;
}
const a: Arr(3) = .{ 1, 2, 3 };
comptime {
    if (a.len != 3) @compileError("arr");
}
