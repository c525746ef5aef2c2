var g: u32 = 0;
export fn f() u32 {
    defer g += 1;
    return g;
}
