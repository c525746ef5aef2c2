fn g() u32 {
    const v = blk: {
        const w = 3;
        _ = w;
        break :blk 4;
    };
    const z = lbl: {
        _ = v;
    };
    _ = z;
    return 0;
}
comptime { _ = g; }
