const E = union(enum) { a: u32, b: void };
fn g(e: E) void {
    switch (e) {
        .a => |payload| {},
        .b => {},
    }
}
comptime { _ = g; }
