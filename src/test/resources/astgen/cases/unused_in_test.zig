test "t" {
    const a = 1;
    var b: u32 = 2;
    _ = &b;
}
