const S = struct {
    x: u8,
    const Self = @This();
    fn make() Self {
        return .{ .x = 3 };
    }
};
comptime {
    if (S.make().x != 3) @compileError("this");
}
