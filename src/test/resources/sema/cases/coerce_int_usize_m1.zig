const x: usize = -1;
comptime {
    _ = x;
}
