fn g() void {
    blk: {
        continue :blk;
    }
}
comptime { _ = g; }
