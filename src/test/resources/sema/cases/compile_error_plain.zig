comptime {
    @compileError("boom");
}
