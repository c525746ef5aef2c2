const x: bool = 1;
comptime {
    _ = x;
}
