fn pow(comptime n: u32) u64 {
    var r: u64 = 1;
    for (0..n) |_| r *= 2;
    return r;
}
comptime {
    _ = pow(64);
}
