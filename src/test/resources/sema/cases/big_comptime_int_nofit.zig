const a: u64 = 1 << 64;
comptime {
    _ = a;
}
