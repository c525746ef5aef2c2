const Color = enum { red, green, blue };
fn val(c: Color) u8 {
    return switch (c) {
        .red => 1,
        .green => 2,
    };
}
var color: Color = .red;
export fn f() u8 {
    return val(color);
}
