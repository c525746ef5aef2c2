const Point = struct { x: i32, y: i32, label: bool };
fn countInts(comptime names: anytype) usize {
    var n: usize = 0;
    inline for (names) |name| {
        if (@TypeOf(@field(Point{ .x = 1, .y = 2, .label = true }, name)) == i32) n += 1;
    }
    return n;
}
comptime {
    if (countInts(.{ "x", "y", "label" }) != 2) @compileError("fields by name");
}
