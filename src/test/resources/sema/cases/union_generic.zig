fn Result(comptime T: type) type {
    return union(enum) {
        ok: T,
        err: u8,
        fn unwrapOr(self: @This(), fallback: T) T {
            return switch (self) {
                .ok => |v| v,
                .err => fallback,
            };
        }
    };
}
comptime {
    if (Result(u32) != Result(u32)) @compileError("memoised");
    const r: Result(u32) = .{ .ok = 7 };
    if (r.unwrapOr(1) != 7) @compileError("ok");
    const e = Result(u32){ .err = 3 };
    if (e.unwrapOr(1) != 1) @compileError("err");
}
