const U = union(enum) { a: u32, b: u64 };
fn g(u: U) void {
    switch (u) {
        inline else => |v, tag| {
            _ = v;
        },
    }
}
comptime { _ = g; }
