const Small = enum { a, b };
const Byte = enum(u8) { a, b };
const Odd = enum(u3) { a, b };
export fn small(s: Small) void {
    _ = s;
}
export fn byte(b: Byte) void {
    _ = b;
}
export fn odd(o: Odd) void {
    _ = o;
}
export fn bit(b: u1) u7 {
    _ = b;
    return 0;
}
export fn nothing(v: void) void {
    _ = v;
}
