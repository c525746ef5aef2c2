const O = opaque {
    pub const x = 1;
};
const T = struct { u8, u16, []const u8 };
const Empty = struct {};
comptime {
    _ = O;
    _ = T;
    _ = Empty;
}
