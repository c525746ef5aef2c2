fn g() !u8 {
    return 1;
}
fn f() u8 {
    const a = g() catch |err| blk: {
        _ = err;
        break :blk 0;
    };
    const b = g() catch unreachable;
    return a + b;
}
comptime {
    _ = &f;
}
