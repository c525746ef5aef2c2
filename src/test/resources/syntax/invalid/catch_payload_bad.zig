fn f() void {
    g() catch |e {};
}
