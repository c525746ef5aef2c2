fn g() u32 {
    var v: u32 = 1;
    _ = &v;
    _ = v;
    v += 1;
    return v;
}
comptime { _ = g; }
