fn f(o: ?u8, p: ?*u8) u8 {
    const a = o.?;
    p.?.* = a;
    return a + (o orelse 0);
}
comptime {
    _ = &f;
}
