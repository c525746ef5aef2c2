fn add(a: u8, b: u16) u32 {
    return a + b;
}
const U = union(enum) { x: u8, y: bool };
const Err = error{ Foo, Bar };
comptime {
    const info = @typeInfo(@TypeOf(add)).@"fn";
    if (info.params.len != 2 or info.params[1].type.? != u16 or info.return_type.? != u32 or info.is_generic)
        @compileError("fn");
    if (info.calling_convention != .auto) @compileError("calling convention");
    const u = @typeInfo(U).@"union";
    if (u.fields.len != 2 or u.fields[1].type != bool or u.tag_type == null) @compileError("union");
    if (@typeInfo(Err).error_set.?.len != 2) @compileError("error set");
    if (@typeInfo(Err!u8).error_union.payload != u8) @compileError("error union");
    if (@typeInfo(anyerror).error_set != null) @compileError("anyerror");
}
