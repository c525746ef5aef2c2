const E = enum { a, b, c };
comptime {
    const v = @intFromEnum(E.c);
    if (@TypeOf(v) != u2 or v != 2) @compileError("@intFromEnum");
    const e: E = @enumFromInt(1);
    if (e != .b) @compileError("@enumFromInt");
    const name = @tagName(E.b);
    if (@TypeOf(name) != *const [1:0]u8 or name[0] != 'b') @compileError("@tagName");
}
