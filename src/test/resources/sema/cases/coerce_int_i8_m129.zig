const x: i8 = -129;
comptime {
    _ = x;
}
