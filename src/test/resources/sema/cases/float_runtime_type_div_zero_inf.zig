comptime {
    const inf = @as(f32, 1.0) / @as(f32, 0.0);
    if (!(inf > 1e38)) @compileError("f32 1/0 is inf at comptime");
    const nan = @as(f64, 0.0) / @as(f64, 0.0);
    if (nan == nan) @compileError("nan equals itself");
}
comptime {
    const bad: u8 = @as(f64, 0.0) / @as(f64, 0.0);
    _ = bad;
}
