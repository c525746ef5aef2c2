const U = extern union(enum) {
    a: u32,
};
