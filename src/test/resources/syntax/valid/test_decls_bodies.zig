fn add(a: u8, b: u8) u8 {
    return a + b;
}
test "add works" {
    if (add(1, 2) != 3) unreachable;
}
test add {
    _ = add(0, 0);
}
