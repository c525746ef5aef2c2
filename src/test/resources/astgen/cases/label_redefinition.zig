fn g() void {
    blk: {
        blk: {
            break :blk;
        }
        break :blk;
    }
}
comptime { _ = g; }
