const E = enum {
    a,
    _,
};
