const x: u64 = -5;
comptime {
    _ = x;
}
