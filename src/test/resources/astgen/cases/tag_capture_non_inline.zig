const U = union(enum) { a: u32, b: u64 };
fn g(u: U) void {
    switch (u) {
        else => |v, tag| {
            _ = v;
            _ = tag;
        },
    }
}
comptime { _ = g; }
