const T = union(enum) { a: u8, b: u16, c };
fn size(t: T) usize {
    return switch (t) {
        .c => 0,
        inline else => |v, tag| @sizeOf(@TypeOf(v)) + @as(usize, if (tag == .b) 10 else 20),
    };
}
var g: T = .c;
export fn run() usize {
    return size(g);
}
comptime {
    if (size(.{ .b = 1 }) != 12) @compileError("b");
    if (size(.{ .a = 1 }) != 21) @compileError("a");
    if (size(.c) != 0) @compileError("c");
}
