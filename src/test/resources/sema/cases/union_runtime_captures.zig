const T = union(enum) { a: u8, b: u16, c };
var g: T = .c;
export fn run() u16 {
    var t = g;
    switch (t) {
        .a => |*p| p.* += 1,
        .b => |v| return v,
        .c => {},
    }
    return switch (t) {
        .a, .c => 0,
        .b => |v| v,
    };
}
