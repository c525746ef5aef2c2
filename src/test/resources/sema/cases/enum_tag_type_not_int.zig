const Flag = enum(bool) { on, off };
comptime {
    _ = Flag.on;
}
