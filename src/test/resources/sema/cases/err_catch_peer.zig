const E = error{ FirstQ, SecondQ };
var x: E!u8 = 1;
export fn run() void {
    const v = x catch 5;
    const w = x catch {};
    _ = v;
    _ = w;
}
