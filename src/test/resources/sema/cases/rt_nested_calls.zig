fn sq(x: u32) u32 {
    return x * x;
}
fn sum(a: u32, b: u32) u32 {
    return sq(a) + sq(b);
}
export fn f() u32 {
    return sum(3, 4);
}
