comptime {
    const a = 1;
    var b = 2;
    _ = b;
}
