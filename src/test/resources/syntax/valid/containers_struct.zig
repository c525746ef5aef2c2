//! Container doc comment for the file.
//! Second line.

/// A point.
pub const Point = struct {
    x: i32,
    y: i32 = 0,
    comptime z: u8 = 3,

    pub const origin: Point = .{ .x = 0, .y = 0 };

    pub fn add(a: Point, b: Point) Point {
        return .{ .x = a.x + b.x, .y = a.y + b.y };
    }
};
