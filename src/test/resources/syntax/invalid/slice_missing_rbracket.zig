fn f(s: []u8) void {
    _ = s[0..1;
}
