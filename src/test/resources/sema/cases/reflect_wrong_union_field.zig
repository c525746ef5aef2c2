const Point = struct { x: i32 };
comptime {
    _ = @typeInfo(Point).@"enum";
}
