const b: i3 = -5;
comptime {
    _ = b;
}
