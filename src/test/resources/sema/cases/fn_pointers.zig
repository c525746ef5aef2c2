fn double(x: u32) u32 {
    return x * 2;
}
fn triple(x: u32) u32 {
    return x * 3;
}
const Op = *const fn (u32) u32;
const table = [_]Op{ &double, &triple };
fn apply(op: Op, v: u32) u32 {
    return op(v);
}
comptime {
    if (apply(&triple, 5) != 15) @compileError("apply");
    if (table[0](4) != 8) @compileError("table");
}
const Handler = struct {
    cb: *const fn (u8) bool,
    fn run(self: Handler, x: u8) bool {
        return self.cb(x);
    }
};
fn isZero(x: u8) bool {
    return x == 0;
}
export fn go(i: usize, v: u32) u32 {
    const h = Handler{ .cb = &isZero };
    _ = h.run(3);
    return table[i](v);
}
export fn bad(i: usize) u32 {
    return table[i](true);
}
export fn bad2() void {
    const p: *const fn (u8) bool = &double;
    _ = p;
}
