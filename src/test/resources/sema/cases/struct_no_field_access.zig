const S = struct {
    a: u8,
};
const s = S{ .a = 1 };
comptime {
    _ = s.z;
}
