comptime {
    const q: struct { u8, bool } = .{1};
    _ = q;
}
