export fn f(n: u32) u32 {
    var i: u32 = 0;
    var t: u32 = 0;
    while (i < n) : (i += 1) {
        t += i;
    }
    return t;
}
