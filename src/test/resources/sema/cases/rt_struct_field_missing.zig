const P = struct {
    x: i32,
};
export fn f(a: i32) i32 {
    const p = P{ .x = a };
    return p.y;
}
