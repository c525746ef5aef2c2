export fn f() u32 {
    var x = 5;
    x += 1;
    return x;
}
