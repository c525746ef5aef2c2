fn f() u8 {
    var x: u8 = 1;
    const p = &x;
    const pp = &p;
    pp.*.* += 1;
    return p.*;
}
comptime {
    _ = &f;
}
