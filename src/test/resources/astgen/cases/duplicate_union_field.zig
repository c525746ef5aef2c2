const U = union {
    int: u32,
    int: i64,
};
