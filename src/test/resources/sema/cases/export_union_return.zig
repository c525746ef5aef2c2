const T = union(enum) { a: u8, b: u16 };
export fn run() T {
    return .{ .a = 1 };
}
