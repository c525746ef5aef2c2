fn f() void {
    while true {}
}
