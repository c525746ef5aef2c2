comptime {
    _ = @intFromEnum(5);
}
