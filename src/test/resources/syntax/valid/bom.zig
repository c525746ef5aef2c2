const a = 1;
comptime {
    _ = a;
}
