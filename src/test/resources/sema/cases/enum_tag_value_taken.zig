const Flag = enum(u8) { on = 1, off = 1 };
comptime {
    _ = Flag.on;
}
