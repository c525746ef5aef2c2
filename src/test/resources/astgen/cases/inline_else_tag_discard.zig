const U = union(enum) { a: u32, b: u64 };
fn g(u: U) void {
    switch (u) {
        inline else => |v, _| {
            _ = v;
        },
    }
}
comptime { _ = g; }
