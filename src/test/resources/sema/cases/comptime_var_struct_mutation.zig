const P = struct {
    x: u8,
    y: u8,
};
comptime {
    var p = P{ .x = 1, .y = 2 };
    p.x = 9;
    if (p.x != 9 or p.y != 2) @compileError("mut");
}
