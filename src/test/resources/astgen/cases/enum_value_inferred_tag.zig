const E = enum {
    a = 1,
};
