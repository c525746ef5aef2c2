const a: ?u8 = null;
comptime {
    _ = a.?;
}
