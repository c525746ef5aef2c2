const E = error{ Qa, Qb };
const U = union(enum) { e: E, n: u8 };
comptime {
    const u = U{ .e = error.Qb };
    switch (u) {
        .e => |err| if (err != error.Qb) @compileError("bad"),
        .n => {},
    }
}
