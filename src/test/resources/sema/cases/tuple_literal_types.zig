var runtime_byte: u8 = 3;
comptime {
    const t = .{ 1, true, "hi" };
    if (@TypeOf(t) != struct { comptime comptime_int = 1, comptime bool = true, comptime *const [2:0]u8 = "hi" })
        @compileError("comptime tuple fields");
    if (t.len != 3) @compileError("len");
    if (t[0] != 1 or !t[1] or t[2].len != 2) @compileError("indexing");
    if (t.@"0" != 1) @compileError("field by number");
}
export fn run() void {
    const t = .{ runtime_byte, false };
    if (@TypeOf(t) != struct { u8, comptime bool = false }) @compileError("runtime field");
}
