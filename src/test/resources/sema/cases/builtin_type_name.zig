const S = struct { a: u8 };
comptime {
    const n = @typeName([]const ?S);
    if (n.len != 28) @compileError(n);
}
