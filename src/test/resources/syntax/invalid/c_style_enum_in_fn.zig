fn f() void {
    enum E { a, b };
}
