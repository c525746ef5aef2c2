const E = error{ OutOfFuelQ, OverheatedQ };
fn fail(which: bool) E!void {
    if (which) return error.OutOfFuelQ;
    return error.OverheatedQ;
}
comptime {
    fail(false) catch |e| @compileError(@errorName(e));
}
