const Pair = struct { u8, bool };
comptime {
    const p: Pair = .{ 7, true };
    if (p[0] != 7 or !p[1]) @compileError("typed tuple");
    if (Pair != struct { u8, bool }) @compileError("tuple types are interned by structure");
}
comptime {
    const q: Pair = .{ 1, 2 };
    _ = q;
}
