const E = enum(u8) {
    a,
    _,
    b,
};
