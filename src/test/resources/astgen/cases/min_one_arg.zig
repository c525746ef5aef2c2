fn g() u32 {
    return @min(1);
}
comptime { _ = g; }
