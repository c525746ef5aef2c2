fn f(a: u32, b: u32, c: bool) u32 {
    const x = (a + b) * (a - b);
    const y = a + b * a - b / 2;
    const z = if ((a & b) == 0 and (c or !c)) x else y;
    return ((z));
}
comptime {
    _ = &f;
}
