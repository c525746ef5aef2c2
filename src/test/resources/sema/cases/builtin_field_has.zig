const S = struct {
    a: u8,
    b: u32,
    pub const k = 1;
    const hidden = 2;
    fn method() void {}
};
comptime {
    const s = S{ .a = 1, .b = 2 };
    if (@field(s, "b") != 2) @compileError("@field of a value");
    if (@field(S, "k") != 1) @compileError("@field of a type");
    if (!@hasDecl(S, "k") or !@hasDecl(S, "hidden") or !@hasDecl(S, "method") or @hasDecl(S, "zz"))
        @compileError("@hasDecl");
    if (!@hasField(S, "a") or @hasField(S, "k")) @compileError("@hasField");
    const E = enum { x, y };
    if (!@hasField(E, "y")) @compileError("@hasField of enum");
}
