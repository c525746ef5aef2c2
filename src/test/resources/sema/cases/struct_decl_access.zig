const S = struct {
    const k = 42;
    fn get() u32 {
        return k;
    }
};
comptime {
    if (S.get() != 42) @compileError("decl");
}
