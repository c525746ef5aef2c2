comptime {
    const t = .{ 1, 2, 3 };
    const a: [3]u8 = t;
    if (a[2] != 3) @compileError("tuple to array");
}
comptime {
    const t = .{ 1, 2, 300 };
    const a: [3]u8 = t;
    _ = a;
}
