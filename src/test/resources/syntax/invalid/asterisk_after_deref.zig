fn f(p: **u8) void {
    _ = p.**;
}
