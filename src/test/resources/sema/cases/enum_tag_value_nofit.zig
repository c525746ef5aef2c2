const Big = enum(u8) { a = 255, b = 256 };
comptime {
    _ = Big.a;
}
