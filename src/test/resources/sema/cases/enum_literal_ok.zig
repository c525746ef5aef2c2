const Color = enum { red, green };
const c: Color = .green;
comptime {
    if (c != .green) @compileError("enum");
    if (c == Color.red) @compileError("enum2");
}
