fn f() void {
    inline {}
}
