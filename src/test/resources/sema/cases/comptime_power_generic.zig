fn pow(comptime n: u32) u64 {
    var r: u64 = 1;
    for (0..n) |_| r *= 2;
    return r;
}
comptime {
    if (pow(40) != 1 << 40) @compileError("pow");
}
