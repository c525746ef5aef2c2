fn f(a: u8, b: u8, c: bool) bool {
    var x = a & b | a ^ b;
    x = ~x;
    x &= 1;
    x |= 2;
    x ^= 3;
    const d = !c and (a < b or a > b) and a <= b and a >= b and a == b and a != b;
    return d or c;
}
comptime {
    _ = &f;
}
