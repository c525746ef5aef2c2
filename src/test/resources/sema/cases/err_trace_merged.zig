const E = error{ TooSmall, TooBig };
fn check(x: u8) E!u8 {
    if (x < 10) return error.TooSmall;
    if (x > 200) return error.TooBig;
    return x;
}
fn twice(x: u8) !u16 {
    const v = try check(x);
    return @as(u16, v) * 2;
}
comptime {
    if ((twice(50) catch 0) != 100) @compileError("wrong payload");
    const e = twice(5) catch |err| err;
    if (e != error.TooSmall) @compileError(@errorName(e));
    _ = twice(250) catch unreachable;
}
