comptime {
    if (@divTrunc(-7, 2) != -3) @compileError("@divTrunc");
    if (@divFloor(-7, 2) != -4) @compileError("@divFloor");
    if (@divExact(12, 4) != 3) @compileError("@divExact");
    if (@mod(-7, 2) != 1) @compileError("@mod");
    if (@rem(-7, 2) != -1) @compileError("@rem");
    if (@mod(@as(f32, -7.5), 2) != 0.5) @compileError("@mod float");
    if (@divFloor(@as(f64, -7.5), 2) != -4) @compileError("@divFloor float");
    if (@rem(@as(i32, 7), -3) != 1) @compileError("@rem negative divisor");
}
