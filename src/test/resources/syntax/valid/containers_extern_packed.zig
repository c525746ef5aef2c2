const E = extern struct {
    a: u32,
    b: u16 align(4),
    c: u8 align(1) = 7,
};
const P = packed struct(u16) {
    lo: u8,
    hi: u8,
};
const U = extern union {
    i: i32,
    f: f32,
};
comptime {
    _ = E;
    _ = P;
    _ = U;
}
