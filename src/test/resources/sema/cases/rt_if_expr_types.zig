export fn f(a: bool) u32 {
    const x: u32 = if (a) 1 else 2;
    return x;
}
