fn fact(n: u64) u64 {
    var r: u64 = 1;
    var i: u64 = 2;
    while (i <= n) : (i += 1) {
        r *= i;
    }
    return r;
}
comptime {
    if (fact(20) != 2432902008176640000) @compileError("fact");
}
