const S = struct {
    comptime a: u32,
};
