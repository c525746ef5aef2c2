const P = struct {
    x: u8,
    y: u8,
};
const p = P{ .x = 1, .y = 2 };
const q = P{ .x = p.y, .y = p.x };
comptime {
    if (q.x != 2 or q.y != 1) @compileError("swap");
}
