fn outer() type {
    return struct {
        fn inner(a: u32) void {
            const b = 2;
        }
    };
}
comptime { _ = outer; }
