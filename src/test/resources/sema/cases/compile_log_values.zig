const E = enum { a, b };
const S = struct { x: u8, e: E };
comptime {
    @compileLog(@as(f32, 0.1), -0.5, 1e30, E.b, S{ .x = 7, .e = .a }, [_]u16{ 1, 2 }, @as(?u8, null), @as(?u8, 5));
}
