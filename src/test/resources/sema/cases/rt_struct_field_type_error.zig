const S = struct {
    a: u8,
};
export fn f() u8 {
    const s = S{ .a = true };
    return s.a;
}
