const T = union(enum) { a: u8, b: u16, c: bool };
var g: T = .{ .c = true };
export fn run() u32 {
    return switch (g) {
        inline .a, .b => |v| v,
        .c => |b| @intFromBool(b),
    };
}
