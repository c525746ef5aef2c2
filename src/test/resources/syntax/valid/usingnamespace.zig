const S = struct {
    pub const x = 1;
};
pub usingnamespace S;
usingnamespace struct {
    pub const y = 2;
};
