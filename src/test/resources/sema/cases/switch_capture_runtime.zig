const E = enum { a, b, c };
var e: E = .a;
export fn run() void {
    switch (e) {
        .a => |x| if (x != .a) @compileError("a non-inline capture is runtime-known"),
        else => {},
    }
}
