const Outer = struct {
    const Inner = struct {
        const v = 5;
    };
};
comptime {
    if (Outer.Inner.v != 5) @compileError("nested");
}
