fn g(noalias a: *u8, anytype) void {
    _ = a;
}
comptime { _ = g; }
