const x: i8 = 128;
comptime {
    _ = x;
}
