comptime {
    if (@shlExact(@as(u8, 0x41), 1) != 0x82) @compileError("@shlExact");
    if (@shrExact(@as(u8, 0x80), 3) != 0x10) @compileError("@shrExact");
    const z = @clz(@as(u8, 1));
    if (@TypeOf(z) != u4 or z != 7) @compileError("@clz");
    const t = @ctz(@as(u32, 8));
    if (@TypeOf(t) != u6 or t != 3) @compileError("@ctz");
    if (@ctz(@as(u16, 0)) != 16) @compileError("@ctz of zero");
    if (@popCount(@as(i8, -1)) != 8) @compileError("@popCount");
}
