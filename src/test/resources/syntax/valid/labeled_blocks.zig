fn f(x: u8) u8 {
    const y = blk: {
        if (x > 1) break :blk x;
        break :blk 0;
    };
    outer: {
        if (y == 0) break :outer;
    }
    return y;
}
comptime {
    _ = &f;
}
