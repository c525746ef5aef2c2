const x = blk: {
    var a: u32 = 3;
    a *= 4;
    break :blk a + 1;
};
comptime {
    if (x != 13) @compileError("blk");
}
