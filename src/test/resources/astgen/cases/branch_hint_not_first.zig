fn g(x: bool) void {
    _ = x;
    @branchHint(.cold);
}
comptime { _ = g; }
