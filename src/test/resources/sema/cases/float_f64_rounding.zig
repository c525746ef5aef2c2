comptime {
    const a: f64 = 0.1;
    const b: f64 = 0.2;
    if (a + b == 0.3) @compileError("f64 0.1 + 0.2 rounded like f128");
    if (a + b != 0.30000000000000004) @compileError("f64 sum");
}
comptime {
    const c: u8 = @as(f64, 0.1) + 0.2;
    _ = c;
}
