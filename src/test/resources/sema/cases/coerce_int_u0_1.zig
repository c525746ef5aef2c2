const x: u0 = 1;
comptime {
    _ = x;
}
