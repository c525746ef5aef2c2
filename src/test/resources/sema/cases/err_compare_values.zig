const E = error{ AQ, BQ };
comptime {
    const a: E = error.AQ;
    const b: anyerror = error.AQ;
    if (a != b) @compileError("equal across sets");
    if (a == error.BQ) @compileError("different names");
    if (@errorName(a).len != 2) @compileError("name");
}
