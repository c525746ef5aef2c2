const U = union(enum) {
    a: u32 = 1,
};
