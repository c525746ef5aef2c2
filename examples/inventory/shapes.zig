//! Shapes and their areas: an enum, a struct and a switch.

pub const Kind = enum { square, triangle, rectangle };

pub const Shape = struct {
    kind: Kind,
    size: u32,
};

pub fn area(shape: Shape) u32 {
    return switch (shape.kind) {
        .square => shape.size * shape.size,
        .triangle => shape.size * shape.size / 2,
        .rectangle => shape.size * shape.size * 2,
    };
}
