const S = struct {
    a: u8,
    b: u8 = 7,
};
const s = S{ .a = 1 };
comptime {
    if (s.b != 7) @compileError("default");
}
