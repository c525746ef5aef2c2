const S = struct {
    a: u8,
    b: u8,
};
const s = S{ .a = 1 };
comptime {
    _ = s;
}
