comptime {
    const q = @rem(@as(u32, 7), 0);
    _ = q;
}
