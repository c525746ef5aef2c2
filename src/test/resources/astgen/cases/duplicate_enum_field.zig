const E = enum {
    a,
    b,
    a,
    a,
};
