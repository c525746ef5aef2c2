fn lookup(key: u8) anyerror!u8 {
    return switch (key) {
        0 => error.NoKeyQ,
        1...9 => key * 2,
        else => error.OutOfRangeQ,
    };
}
comptime {
    const a: anyerror!u8 = 5;
    if ((a catch 0) != 5) @compileError("payload coercion");
    if ((lookup(3) catch 0) != 6) @compileError("lookup");
    const e = lookup(20) catch |err| err;
    if (e != error.OutOfRangeQ) @compileError("error");
    var v: anyerror!u8 = 1;
    v = error.ChangedQ;
    if (v) |_| @compileError("still ok") else |err| if (err != error.ChangedQ) @compileError("changed");
}
