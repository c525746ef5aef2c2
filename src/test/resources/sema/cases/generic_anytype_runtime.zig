var value: u32 = 5;
fn twice(x: anytype) @TypeOf(x) {
    return x * 2;
}
export fn run() u32 {
    const a = twice(value);
    if (@TypeOf(a) != u32) @compileError("instance return type");
    return a + twice(@as(u32, 1));
}
comptime {
    if (twice(@as(u8, 4)) != 8) @compileError("comptime call");
    if (twice(1.5) != 3.0) @compileError("comptime_float argument");
}
