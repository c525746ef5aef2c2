const E = error{ EndQ, BadQ };
fn next(i: u8) E!u8 {
    if (i >= 5) return error.EndQ;
    if (i == 200) return error.BadQ;
    return i * 2;
}
fn sumAll() u32 {
    var i: u8 = 0;
    var total: u32 = 0;
    while (next(i)) |v| : (i += 1) {
        total += v;
    } else |err| {
        if (err != error.EndQ) @compileError("wrong error");
    }
    return total;
}
comptime {
    if (sumAll() != 20) @compileError("sum");
}
export fn run() u32 {
    return sumAll();
}
