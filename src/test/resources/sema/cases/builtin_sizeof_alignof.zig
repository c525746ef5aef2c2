const S = struct { a: u8, b: u32, c: bool };
const E = enum { x, y, z };
comptime {
    if (@sizeOf(S) != 8 or @alignOf(S) != 4) @compileError("struct layout");
    if (@sizeOf([3]u16) != 6 or @sizeOf([2:0]u8) != 3) @compileError("arrays");
    if (@sizeOf(?u32) != 8 or @sizeOf(?*u8) != 8 or @sizeOf(?bool) != 2) @compileError("optionals");
    if (@sizeOf([]u8) != 16 or @sizeOf(*u64) != 8 or @alignOf([]u8) != 8) @compileError("pointers");
    if (@sizeOf(E) != 1 or @bitSizeOf(E) != 2) @compileError("enums");
    if (@sizeOf(f80) != 16 or @sizeOf(f16) != 2 or @alignOf(u128) != 16 or @sizeOf(u24) != 4) @compileError("numbers");
    if (@bitSizeOf(f80) != 80) @compileError("@bitSizeOf f80");
}
