const Point = struct { x: i32, y: i32 };
const ParseError = error{ MissingQ, InvalidQ };
fn point(ok: bool) ParseError!Point {
    if (!ok) return error.MissingQ;
    return .{ .x = 1, .y = -2 };
}
fn sum(ok: bool) ParseError!i32 {
    const p = try point(ok);
    return p.x + p.y;
}
comptime {
    if ((sum(true) catch 0) != -1) @compileError("sum");
    if ((sum(false) catch 7) != 7) @compileError("missing");
    const p = point(true) catch unreachable;
    if (p.y != -2) @compileError("payload field");
}
