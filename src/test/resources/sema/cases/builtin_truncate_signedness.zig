comptime {
    const x: i8 = @truncate(@as(u16, 0xff));
    _ = x;
}
