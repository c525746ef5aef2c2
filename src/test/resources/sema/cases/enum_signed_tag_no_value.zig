const Signed = enum(i8) { minus = -1, zero, plus };
comptime {
    if (@intFromEnum(Signed.plus) != 1) @compileError("plus");
    if (@TypeOf(@intFromEnum(Signed.zero)) != i8) @compileError("tag type");
    const x: Signed = @enumFromInt(5);
    _ = x;
}
