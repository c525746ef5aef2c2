fn h() !void {
    errdefer |e| {}
    return error.Oops;
}
comptime { _ = h; }
