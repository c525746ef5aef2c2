fn countdown(start: u8) u32 {
    var n: ?u8 = start;
    var total: u32 = 0;
    while (n) |v| : (n = if (v == 0) null else v - 1) total += v;
    return total;
}
comptime {
    if (countdown(4) != 10) @compileError("countdown");
    var i: u32 = 0;
    while (i < 3) : (i += 1) {} else {
        if (i != 3) @compileError("else");
    }
}
export fn f(p: ?*u32) u32 {
    var cur = p;
    var k: u32 = 0;
    while (cur) |q| {
        k += q.*;
        cur = null;
    }
    while (k) |z| { _ = z; }
    return k;
}
