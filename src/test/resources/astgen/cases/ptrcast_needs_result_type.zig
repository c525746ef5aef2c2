fn g(p: *anyopaque) void {
    const q = @ptrCast(@alignCast(p));
    _ = q;
}
comptime { _ = g; }
