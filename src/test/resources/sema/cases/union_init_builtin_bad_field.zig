const T = union(enum) { a: u8, b: u16, c };
comptime {
    const t = @unionInit(T, "b", 300);
    if (t.b != 300) @compileError("b");
    _ = @unionInit(T, "z", 1);
}
