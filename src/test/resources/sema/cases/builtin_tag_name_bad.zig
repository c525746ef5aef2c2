comptime {
    _ = @tagName(true);
}
