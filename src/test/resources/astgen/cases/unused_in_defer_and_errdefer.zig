fn h() !void {
    defer {
        const a = 1;
    }
    errdefer |err| {
        const b = 2;
        _ = b;
    }
    return error.X;
}
comptime { _ = h; }
