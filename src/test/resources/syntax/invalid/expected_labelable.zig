fn f() void {
    blk: x;
}
