fn f(s: []const u8, p: [*]const u8) void {
    _ = s[1..];
    _ = s[1..2];
    _ = s[0..1 :0];
    _ = s[0.. :0];
    _ = p[0..4];
    _ = s[0];
    _ = s.len;
    _ = s.ptr[0..1];
}
comptime {
    _ = &f;
}
