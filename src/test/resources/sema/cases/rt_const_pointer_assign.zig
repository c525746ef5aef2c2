export fn f(p: *const u32) void {
    p.* = 1;
}
