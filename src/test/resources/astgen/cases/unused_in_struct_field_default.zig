const S = struct {
    a: u32 = blk: {
        const z = 1;
        break :blk 2;
    },
    b: u32 = undeclared_x,
};
