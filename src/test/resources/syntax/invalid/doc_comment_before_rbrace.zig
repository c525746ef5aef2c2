const S = struct {
    a: u8,
    /// dangling doc
};
