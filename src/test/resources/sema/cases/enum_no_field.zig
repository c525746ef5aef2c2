const Color = enum { red, green };
const c: Color = .blue;
comptime {
    _ = c;
}
