const Tag = enum { x, y, z };
const V = union(Tag) { x: u8, y: void };
comptime {
    _ = V{ .x = 1 };
}
