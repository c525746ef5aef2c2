fn g(p: *u8) *u32 {
    return @ptrCast(@ptrCast(p));
}
comptime { _ = g; }
