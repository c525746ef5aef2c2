const Config = struct {
    size: u32,
};

fn check(comptime c: Config) void {
    if (c.size > 8) @compileError("size too large:\nexpected at most 8\nfound more");
}

comptime {
    check(.{ .size = 9 });
}
