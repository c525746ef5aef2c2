const S = struct {
    x: u32,
    y: u32,
    x: u8,
};
