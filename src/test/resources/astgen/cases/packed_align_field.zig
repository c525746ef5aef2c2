const P = packed struct {
    a: u8 align(2),
};
