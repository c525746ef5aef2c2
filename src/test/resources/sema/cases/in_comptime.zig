fn twice(x: u32) u32 {
    if (@inComptime()) return x * 2;
    return x + x;
}
comptime {
    if (twice(4) != 8) @compileError("twice");
}
export fn run(x: u32) u32 {
    return twice(x);
}
