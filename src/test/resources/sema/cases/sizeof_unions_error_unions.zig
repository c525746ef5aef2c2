const U = union(enum) { a: u32, b: u8 };
const V = union { a: u64, b: u8 };
const X = union(enum) { a: u128, b: u8 };
comptime {
    if (@sizeOf(U) != 8 or @alignOf(U) != 4) @compileError("tagged union");
    if (@sizeOf(V) != 16 or @alignOf(V) != 8) @compileError("untagged union carries a safety tag in Debug");
    if (@sizeOf(X) != 32 or @alignOf(X) != 16) @compileError("u128 payload");
    if (@sizeOf(anyerror!u8) != 4 or @sizeOf(anyerror!u64) != 16 or @alignOf(anyerror!u64) != 8) @compileError("error unions");
    if (@sizeOf(anyerror!void) != 2 or @sizeOf(error{A}) != 2) @compileError("error sets");
}
