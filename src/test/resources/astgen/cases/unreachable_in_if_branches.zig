fn g(c: bool) u32 {
    if (c) {
        return 1;
        _ = c;
    } else {
        unreachable;
        _ = c;
    }
    return 2;
}
comptime { _ = g; }
