fn g() type {
    const inner = 5;
    _ = inner;
    return struct {
        const inner = 6;
    };
}
comptime { _ = g; }
