fn g(x: u32) type {
    _ = x;
    return struct {
        fn inner(x: u32) u32 {
            return x;
        }
    };
}
comptime { _ = g; }
