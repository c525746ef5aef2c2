fn g() type {
    const unused = 1;
    return struct {
        a: nope,
    };
}
comptime { _ = g; }
