export fn f(a: u8, b: u16) u32 {
    const c: u16 = a;
    return c + b;
}
