fn describe(comptime T: type) []const u8 {
    return switch (@typeInfo(T)) {
        .int => |i| if (i.signedness == .signed) "signed" else "unsigned",
        .float => "float",
        .pointer => |p| if (p.size == .Slice) "slice" else "pointer",
        .@"struct" => |s| if (s.is_tuple) "tuple" else "struct",
        .optional => |o| describe(o.child),
        else => "other",
    };
}
comptime {
    if (describe(i8)[0] != 's' or describe(u8)[0] != 'u') @compileError("ints");
    if (describe([]u8)[0] != 's' or describe(*u8)[0] != 'p') @compileError("pointers");
    if (describe(struct { u8 })[0] != 't') @compileError("tuple");
    if (describe(?f32)[0] != 'f') @compileError("optional child");
    if (describe(bool)[0] != 'o') @compileError("other");
}
