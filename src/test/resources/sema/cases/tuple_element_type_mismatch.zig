comptime {
    const t = .{ 1, true };
    const x: u8 = t[1];
    _ = x;
}
