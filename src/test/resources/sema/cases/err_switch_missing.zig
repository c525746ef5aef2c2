const E = error{ RedQ, GreenQ, BlueQ };
fn code(e: E) u8 {
    return switch (e) {
        error.RedQ => 1,
    };
}
var g: E = error.RedQ;
export fn run() void {
    _ = code(g);
}
