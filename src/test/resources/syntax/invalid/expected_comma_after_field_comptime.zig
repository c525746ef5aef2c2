const S = struct {
    comptime a: u8 = 1
    b: u8,
};
