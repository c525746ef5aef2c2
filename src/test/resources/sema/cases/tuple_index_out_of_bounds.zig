comptime {
    const t = .{ 1, true };
    _ = t[2];
}
