fn gcd(a: u64, b: u64) u64 {
    return if (b == 0) a else gcd(b, a % b);
}
comptime {
    if (gcd(1071, 462) != 21) @compileError("gcd");
}
