export fn f(a: u32) u32 {
    const r = blk: {
        if (a > 5) break :blk a;
        break :blk 5;
    };
    return r;
}
