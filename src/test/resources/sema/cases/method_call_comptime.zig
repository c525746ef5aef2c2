const S = struct {
    x: u8,
    fn double(self: S) u8 {
        return self.x * 2;
    }
};
const s = S{ .x = 21 };
comptime {
    if (s.double() != 42) @compileError("method");
}
