const S = struct { a: u8 = 0, b: u8 = 0 };
fn f() void {
    const s = S{ .a = 1, .b = 2 };
    const t: S = .{ .a = 1 };
    const u = S{};
    const arr = [_]u8{ 1, 2, 3, 4 };
    const tup = .{ 1, "two", 3.0 };
    const e: enum { a, b } = .a;
    const anon = .{};
    const cat = "ab" ++ "cd";
    const mult = "ab" ** 3;
    var ptr = &arr;
    _ = ptr.*;
    ptr = &arr;
    _ = .{ s, t, u, tup, e, anon, cat, mult };
}
comptime {
    _ = &f;
}
