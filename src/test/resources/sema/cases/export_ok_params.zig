const S = struct { a: u8 };
export fn run(p: *const [4]u8, q: ?*u8, b: bool, s: *S, n: u64) void {
    _ = p;
    _ = q;
    _ = b;
    _ = s;
    _ = n;
}
