comptime {
    const q = @divTrunc(@as(i8, -128), -1);
    _ = q;
}
