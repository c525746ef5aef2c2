fn f() void {
    defer ;
}
