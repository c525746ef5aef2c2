const S = struct {
    a: u8,
};
comptime {
    _ = S.nothing;
}
