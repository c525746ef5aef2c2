const T = union(enum) { a: u8, b: u16, c };
comptime {
    if (!eq(@typeName(T), "union_type_name.T")) @compileError(@typeName(T));
    if (!eq(@typeName(error{ OneQ, TwoQ }), "error{OneQ,TwoQ}")) @compileError(@typeName(error{ OneQ, TwoQ }));
}
fn eq(a: []const u8, b: []const u8) bool {
    if (a.len != b.len) return false;
    for (a, b) |x, y| if (x != y) return false;
    return true;
}
