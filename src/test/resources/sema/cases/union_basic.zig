const Number = union { small: u8, big: u64 };
const Shape = union(enum) {
    circle: u32,
    square: u16,
    point,
};
fn area(s: Shape) u64 {
    return switch (s) {
        .circle => |r| 3 * @as(u64, r) * r,
        .square => |side| @as(u64, side) * side,
        .point => 0,
    };
}
comptime {
    const n = Number{ .big = 1 << 40 };
    if (n.big != 1 << 40) @compileError("payload");
    if (area(.{ .circle = 2 }) != 12) @compileError("circle");
    if (area(Shape{ .square = 5 }) != 25) @compileError("square");
    if (area(.point) != 0) @compileError("point");
    const s: Shape = .{ .square = 3 };
    if (s != .square) @compileError("tag compare");
    if (s == .circle) @compileError("tag compare 2");
    if (Shape.square != s) @compileError("tag access");
}
