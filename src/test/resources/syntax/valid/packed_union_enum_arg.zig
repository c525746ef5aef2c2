const P = packed union {
    a: u8,
    b: i8,
};
const E = enum(u2) { x, y, z };
const T = union(E) {
    x: void,
    y: u8,
    z: u16,
};
comptime {
    _ = P;
    _ = T;
}
