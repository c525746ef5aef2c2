const P = struct {
    x: i32,
    y: i32,
};
export fn f(a: i32) i32 {
    const p = P{ .x = a, .y = 2 };
    return p.x + p.y;
}
