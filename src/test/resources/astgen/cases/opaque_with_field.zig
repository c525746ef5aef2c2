const O = opaque {
    x: u32,
};
