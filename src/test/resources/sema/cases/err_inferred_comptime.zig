fn check(x: u32) !u32 {
    if (x > 100) return error.TooLargeQ;
    if (x == 0) return error.ZeroQ;
    return x + 1;
}
fn chain(x: u32) !u32 {
    const a = try check(x);
    return try check(a * 2);
}
comptime {
    if ((chain(10) catch unreachable) != 22) @compileError("chain");
    const r = chain(60) catch |e| @errorName(e);
    if (r.len != 9) @compileError("errorName length");
    if (r[0] != 'T') @compileError("errorName");
}
