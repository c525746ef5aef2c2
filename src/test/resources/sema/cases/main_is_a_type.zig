pub const main = struct {
    pub const x = 1;
};
