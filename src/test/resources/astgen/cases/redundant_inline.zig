comptime {
    inline for (0..3) |i| {
        _ = i;
    }
}
