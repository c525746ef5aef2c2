const Point = struct {
    x: i32,
    y: i32 = 5,
    label: bool,
    pub const origin = 0;
    const hidden = 1;
};
const Color = enum(u8) { red = 1, green, blue = 10 };
fn fieldCount(comptime T: type) usize {
    return @typeInfo(T).@"struct".fields.len;
}
comptime {
    if (fieldCount(Point) != 3) @compileError("field count");
    const info = @typeInfo(Point).@"struct";
    if (info.decls.len != 1) @compileError("pub decls only");
    var ints = 0;
    for (info.fields) |f| {
        if (f.type == i32) ints += 1;
    }
    if (ints != 2) @compileError("field types");
    if (info.fields[1].name[0] != 'y') @compileError("field name");
    if (@typeInfo(u7).int.bits != 7 or @typeInfo(i3).int.signedness != .signed) @compileError("int");
    if (@typeInfo(?u8).optional.child != u8) @compileError("optional");
    if (@typeInfo([4]u16).array.len != 4) @compileError("array");
    if (@typeInfo([]const u8).pointer.size != .Slice or !@typeInfo([]const u8).pointer.is_const) @compileError("pointer");
    const e = @typeInfo(Color).@"enum";
    if (e.fields.len != 3 or e.fields[2].value != 10 or e.tag_type != u8) @compileError("enum");
    if (@Type(.{ .int = .{ .signedness = .unsigned, .bits = 12 } }) != u12) @compileError("@Type int");
    if (@Type(@typeInfo(?bool)) != ?bool) @compileError("@Type round trip");
    switch (@typeInfo(f64)) {
        .float => |fl| if (fl.bits != 64) @compileError("float bits"),
        else => @compileError("switch on @typeInfo"),
    }
}
