fn add(a: u32, b: u32, c: u32) u32 {
    _ = b;
    return 0;
}
comptime {
    _ = add;
}
