const Never = error{};
fn safe(x: u8) Never!u8 {
    return x;
}
comptime {
    const v = safe(3) catch unreachable;
    if (v != 3) @compileError("empty set");
}
export fn run(x: u8) u8 {
    return safe(x) catch 0;
}
