const E = enum {
    a,
    b,
    pub fn other(e: E) E {
        return switch (e) {
            .a => .b,
            .b => .a,
        };
    }
};
comptime {
    _ = E.a.other();
}
