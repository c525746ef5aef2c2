const Cell = union(enum) { count: u32, label: u8, empty };
fn bump(c: Cell) Cell {
    var x = c;
    switch (x) {
        .count => |*n| n.* += 1,
        .label => |*l| l.* *= 2,
        .empty => {},
    }
    return x;
}
comptime {
    if (bump(.{ .count = 4 }).count != 5) @compileError("count");
    if (bump(.{ .label = 4 }).label != 8) @compileError("label");
    var u = Cell{ .count = 1 };
    switch (u) {
        .count => |*n| n.* = 41,
        else => {},
    }
    if (u.count != 41) @compileError("in place");
    const k = Cell{ .label = 3 };
    switch (k) {
        .label => |*l| if (l.* != 3) @compileError("const capture"),
        else => {},
    }
}
