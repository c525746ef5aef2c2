const x: u1 = 2;
comptime {
    _ = x;
}
