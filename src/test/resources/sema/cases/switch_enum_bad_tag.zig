const Color = enum { red, green, blue };
var c: Color = .red;
export fn f() u8 {
    return switch (c) {
        .red => 1,
        .purple => 2,
        else => 3,
    };
}
