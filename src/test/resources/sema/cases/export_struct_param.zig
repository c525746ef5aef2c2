const S = struct { a: u8 };
export fn run(s: S) void {
    _ = s;
}
