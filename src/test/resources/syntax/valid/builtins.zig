const std_like = struct {
    pub const x = 1;
};
fn f(a: u32) u8 {
    const b: u8 = @intCast(a);
    const c = @as(u8, @truncate(a));
    const s = @sizeOf(u32) + @alignOf(u32);
    const t = @TypeOf(a, b);
    const u = @This();
    _ = .{ s, t, u };
    _ = @import("builtin");
    _ = @field(std_like, "x");
    _ = @min(1, 2, 3);
    return b + c;
}
comptime {
    _ = &f;
}
