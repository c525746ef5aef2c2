fn f() void {
    g(1: 2);
}
