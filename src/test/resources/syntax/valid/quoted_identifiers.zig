const @"weird name" = 1;
const S = struct {
    @"type": u8,
    @"while": u8 = 0,
};
comptime {
    _ = @"weird name";
    _ = S;
}
