const E = enum {
    a: u32,
};
