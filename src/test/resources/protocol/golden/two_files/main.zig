const shapes = @import("shapes.zig");

export fn area() u32 {
    const s = shapes.Square{ .side = 3 };
    return s.area() + shapes.missing;
}

export fn perimeter() u32 {
    const s: shapes.Square = .{ .side = 4, .colour = 1 };
    return s.side * 4;
}
