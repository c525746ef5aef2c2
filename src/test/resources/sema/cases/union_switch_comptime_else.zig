const T = union(enum) { a: u8, b: u16, c };
fn pick(t: T) u8 {
    return switch (t) {
        .a => |v| v,
        else => 99,
    };
}
comptime {
    if (pick(.{ .a = 4 }) != 4) @compileError("a");
    if (pick(.c) != 99) @compileError("else");
    if (pick(.{ .b = 4 }) != 99) @compileError("else b");
}
