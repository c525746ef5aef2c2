const x: type = 5;
comptime {
    _ = x;
}
