const T = union(enum) { alpha: u8, beta: u16, gamma };
comptime {
    const t = T{ .beta = 3 };
    if (@tagName(t).len != 4) @compileError("tagName");
    if (@intFromEnum(t) != 1) @compileError("intFromEnum");
    if (@field(t, "beta") != 3) @compileError("field");
    if (@TypeOf(@field(t, "beta")) != u16) @compileError("field type");
}
