fn g() !void {}
fn f() !void {
    defer {}
    defer g() catch {};
    errdefer {}
    errdefer |e| {
        _ = e;
    }
    try g();
}
comptime {
    _ = &f;
}
