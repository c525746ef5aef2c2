fn g(it: *?u32) void {
    while (it.*) |v| {
        it.* = null;
    }
}
comptime { _ = g; }
