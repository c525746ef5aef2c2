comptime {
    const r = @addWithOverflow(@as(u8, 250), 10);
    if (r[0] != 4 or r[1] != 1) @compileError("@addWithOverflow");
    if (@TypeOf(r) != struct { u8, u1 }) @compileError("tuple type");
    const s = @subWithOverflow(@as(u8, 1), 2);
    if (s[0] != 255 or s[1] != 1) @compileError("@subWithOverflow");
    const m = @mulWithOverflow(@as(i8, 16), 8);
    if (m[0] != -128 or m[1] != 1) @compileError("@mulWithOverflow");
    const l = @shlWithOverflow(@as(u8, 0x81), 1);
    if (l[0] != 2 or l[1] != 1) @compileError("@shlWithOverflow");
    const ok = @addWithOverflow(@as(u8, 1), 1);
    if (ok[1] != 0) @compileError("no overflow");
}
