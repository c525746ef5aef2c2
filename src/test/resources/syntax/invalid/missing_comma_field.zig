const S = struct {
    a: u8
    b: u8,
};
