fn f() void {
    _ = async;
}
