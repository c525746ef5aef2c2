const Cell = union(enum) { count: u32, label: u8, empty };
fn bump(c: Cell) Cell {
    var x = c;
    switch (x) {
        .count => x.count += 1,
        .label => x = .{ .count = 100 },
        .empty => x = .empty,
    }
    return x;
}
comptime {
    var c = Cell{ .count = 1 };
    c.count *= 10;
    if (c.count != 10) @compileError("field store");
    c = bump(c);
    if (c.count != 11) @compileError("bump count");
    if (bump(.{ .label = 3 }).count != 100) @compileError("bump label");
    if (bump(.empty) != .empty) @compileError("bump empty");
}
