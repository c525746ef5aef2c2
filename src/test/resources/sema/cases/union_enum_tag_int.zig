const T = union(enum(u8)) { a: u8, b: u16, c };
comptime {
    const t = T{ .b = 1 };
    if (@TypeOf(@intFromEnum(t)) != u8) @compileError("tag int type");
    if (@intFromEnum(t) != 1) @compileError("tag value");
    if (@sizeOf(@TypeOf(T.c)) != 1) @compileError("tag size");
}
