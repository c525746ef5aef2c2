const E = enum { a, b };
var e: E = .a;
export fn run() void {
    switch (e) {
        .a, .b => {},
        else => {},
    }
}
