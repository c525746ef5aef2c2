fn f() void {
    @compileError("called");
}
comptime {
    f();
}
