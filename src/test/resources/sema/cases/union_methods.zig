const Token = union(enum) {
    number: u32,
    plus,
    minus,
    fn isOperator(self: Token) bool {
        return switch (self) {
            .number => false,
            .plus, .minus => true,
        };
    }
    fn value(self: Token) u32 {
        return self.number;
    }
};
comptime {
    const t = Token{ .number = 5 };
    if (t.isOperator()) @compileError("number");
    if (!Token.isOperator(.plus)) @compileError("plus");
    if (t.value() != 5) @compileError("value");
    const m: Token = .minus;
    _ = m.value();
}
