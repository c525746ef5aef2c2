const T = union(enum) { a: u8, b: u16, c };
var g: T = .c;
export fn run() u16 {
    return switch (g) {
        .a => |v, tag| if (tag == .a) v else 0,
        else => 1,
    };
}
