fn f() error{Qa}!?u8 { return null; }
comptime {
    const v = f() catch unreachable;
    if (v != null) @compileError("opt");
    const w = (f() catch unreachable) orelse 5;
    if (w != 5) @compileError("orelse");
}
