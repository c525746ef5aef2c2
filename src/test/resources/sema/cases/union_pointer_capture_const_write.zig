const Cell = union(enum) { count: u32, label: u8 };
comptime {
    const k = Cell{ .label = 3 };
    switch (k) {
        .label => |*l| l.* = 4,
        else => {},
    }
}
