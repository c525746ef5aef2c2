comptime {
    var x = 1;
    x += 1;
}
const a = blk: {
    break :blk 1 + 2;
};
fn f(comptime T: type) type {
    comptime var i = 0;
    inline while (i < 2) : (i += 1) {}
    comptime {
        const j = 1;
        _ = j;
    }
    return T;
}
comptime {
    _ = a;
    _ = &f;
}
