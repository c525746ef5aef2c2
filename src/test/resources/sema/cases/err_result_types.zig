const Kind = enum { small, large };
const Pair = struct { a: u8, b: u8 };
fn kind(x: u8) !Kind {
    if (x == 0) return error.ZeroQ;
    return if (x < 10) .small else .large;
}
fn pair(x: u8) !Pair {
    if (x == 0) return error.ZeroQ;
    return .{ .a = x, .b = x + 1 };
}
fn arr(x: u8) error{ZeroQ}![2]u8 {
    if (x == 0) return error.ZeroQ;
    return .{ x, x };
}
comptime {
    if ((kind(3) catch unreachable) != .small) @compileError("kind");
    if ((pair(4) catch unreachable).b != 5) @compileError("pair");
    if ((arr(6) catch unreachable)[1] != 6) @compileError("arr");
    if (kind(0)) |_| @compileError("zero") else |_| {}
}
