const Vec = struct {
    x: f32,
    y: f32,
    pub fn len2(self: Vec) f32 {
        return self.x * self.x + self.y * self.y;
    }
    pub fn scale(self: *Vec, k: f32) void {
        self.x *= k;
        self.y *= k;
    }
};
const Color = enum { red, green, blue };
fn name(c: Color) []const u8 {
    return switch (c) {
        .red => "red",
        .green => "green",
        .blue => "blue",
    };
}
fn parseDigit(c: u8) !u8 {
    if (c < '0' or c > '9') return error.NotDigit;
    return c - '0';
}
fn parse(s: []const u8) !u32 {
    var n: u32 = 0;
    for (s) |c| n = n * 10 + try parseDigit(c);
    return n;
}
comptime {
    var v = Vec{ .x = 3, .y = 4 };
    v.scale(2);
    if (v.len2() != 100) @compileError("vec");
    if (name(.green).len != 5) @compileError("name");
    if ((parse("123") catch 0) != 123) @compileError("parse");
    if (parse("1x3")) |_| @compileError("should fail") else |err| {
        if (err != error.NotDigit) @compileError("err");
    }
}
var global_counter: u32 = 0;
export fn bump() u32 {
    global_counter += 1;
    return global_counter;
}
export fn mix(a: u8, b: u16) u32 {
    const wide: u32 = a;
    return wide << 8 | b;
}
export fn overflow() u8 {
    const x: u8 = 200;
    return x + 100;
}
