const U = union {
    a: u32,
    b,
};
