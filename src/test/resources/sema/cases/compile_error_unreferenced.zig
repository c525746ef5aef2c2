const n = 1;
fn f() void {
    @compileError("never");
}
