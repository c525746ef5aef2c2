const T = union(enum) { a: u8, b: u16, c };
fn make(comptime name: []const u8, v: u16) T {
    return @unionInit(T, name, v);
}
comptime {
    const t = @unionInit(T, "b", 300);
    if (t.b != 300) @compileError("b");
    if (make("b", 7).b != 7) @compileError("make");
}
var g: u16 = 1;
export fn run() u16 {
    return make("b", g).b;
}
