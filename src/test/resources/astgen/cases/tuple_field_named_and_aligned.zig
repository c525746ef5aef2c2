const T = struct {
    u32 align(4),
};
