fn g() callconv(.C) void {
    _ = @cVaStart();
}
comptime { _ = g; }
