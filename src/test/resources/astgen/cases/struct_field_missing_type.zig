const S = struct {
    a: u32,
    b,
};
