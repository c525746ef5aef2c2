const Kind = enum { int, flag, none };
const Value = union(Kind) {
    int: i32,
    flag: bool,
    none: void,
};
fn describe(v: Value) u8 {
    const k: Kind = v;
    return switch (k) {
        .int => 1,
        .flag => 2,
        .none => 3,
    };
}
comptime {
    if (describe(.{ .int = -5 }) != 1) @compileError("int");
    if (describe(.{ .flag = true }) != 2) @compileError("flag");
    if (describe(@as(Value, .none)) != 3) @compileError("none");
    const v = Value{ .flag = false };
    switch (v) {
        .flag => |b| if (b) @compileError("flag payload"),
        else => @compileError("else"),
    }
}
