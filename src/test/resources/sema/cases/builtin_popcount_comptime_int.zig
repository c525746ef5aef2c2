comptime {
    const x = @popCount(7);
    _ = x;
}
