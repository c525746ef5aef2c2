const U = union(enum) { a: u8 };
export fn run() void {
    var u: U = .{ .a = 1 };
    u.a += 1;
    const p = &u;
    p.a = 3;
    _ = p.*;
}
