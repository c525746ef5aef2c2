const Cell = union(enum) { count: u32, label: u8 };
fn addTo(p: *u32, n: u32) void {
    p.* += n;
}
comptime {
    var c = Cell{ .count = 1 };
    const p = &c.count;
    p.* = 10;
    addTo(&c.count, 5);
    if (c.count != 15) @compileError("through pointers");
    const q = &c.label;
    _ = q;
}
