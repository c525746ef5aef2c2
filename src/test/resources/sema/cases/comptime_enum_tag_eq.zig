const E = enum { x, y, z };
fn next(e: E) E {
    return switch (e) {
        .x => .y,
        .y => .z,
        .z => .x,
    };
}
comptime {
    if (next(next(.x)) != .z) @compileError("next");
}
