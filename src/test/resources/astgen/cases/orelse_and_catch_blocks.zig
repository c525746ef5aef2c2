fn h() ?u32 {
    return null;
}
fn g() u32 {
    const a = h() orelse blk: {
        const unused = 1;
        break :blk 2;
    };
    return a;
}
comptime { _ = g; }
