const U = union { a: u8, b: u16 };
var g: U = .{ .a = 1 };
export fn run() u8 {
    return g.b;
}
