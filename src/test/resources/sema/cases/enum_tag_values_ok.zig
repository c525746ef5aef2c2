const D = enum(u8) { a = 7, b, c = 2 };
comptime {
    if (@intFromEnum(D.b) != 8) @compileError("implicit value follows the previous one");
    const x: D = @enumFromInt(2);
    if (x != .c) @compileError("@enumFromInt with explicit values");
    if (@sizeOf(D) != 1) @compileError("size of the tag type");
}
