const x = 5;
comptime {
    _ = x();
}
