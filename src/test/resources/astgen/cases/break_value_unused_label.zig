fn g() u32 {
    return blk: {
        inner: {
            break :blk 3;
        }
    };
}
comptime { _ = g; }
