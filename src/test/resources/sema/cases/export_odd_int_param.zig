export fn run(a: u32, s: u7) void {
    _ = a;
    _ = s;
}
