const E = enum { a, b };
var e: E = .a;
export fn run() void {
    switch (e) {
        inline else => |x, t| {
            _ = x;
            _ = t;
        },
    }
}
