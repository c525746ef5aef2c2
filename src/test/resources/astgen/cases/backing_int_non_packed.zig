const S = struct(u32) {
    a: u8,
};
