comptime {
    @compileError("first");
}
comptime {
    @compileError("second");
}
