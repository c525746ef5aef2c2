const Color = enum { red, green, blue };
const Sized = enum(u8) {
    a = 1,
    b = 2,
    _,

    pub fn isA(self: Sized) bool {
        return self == .a;
    }
};
comptime {
    _ = Color.red;
    _ = Sized.isA;
}
