const Cell = union(enum) { count: u32, label: u8 };
comptime {
    var c = Cell{ .count = 1 };
    c.label = 3;
}
