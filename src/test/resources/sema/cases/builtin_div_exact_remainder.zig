comptime {
    const q = @divExact(7, 2);
    _ = q;
}
