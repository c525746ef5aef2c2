const T = struct {
    u32,
    const x = 1;
};
