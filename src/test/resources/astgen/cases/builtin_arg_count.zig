fn g() void {
    _ = @sizeOf(u8, u16);
    _ = @intCast();
}
comptime { _ = g; }
