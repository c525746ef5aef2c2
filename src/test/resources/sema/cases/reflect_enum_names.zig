const Op = enum(u8) { add = 1, sub, mul = 10 };
fn longestName(comptime E: type) usize {
    var best: usize = 0;
    for (@typeInfo(E).@"enum".fields) |f| {
        if (f.name.len > best) best = f.name.len;
    }
    return best;
}
comptime {
    if (longestName(Op) != 3) @compileError("longest name");
    if (@intFromEnum(Op.sub) != 2 or @typeInfo(Op).@"enum".fields[2].value != 10) @compileError("tag values");
    if (@sizeOf(Op) != 1 or @TypeOf(@intFromEnum(Op.add)) != u8) @compileError("tag type");
}
