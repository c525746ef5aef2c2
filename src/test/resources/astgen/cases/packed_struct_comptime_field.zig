const P = packed struct {
    comptime a: u8 = 0,
};
