fn f() void {
    while (true) {
        break :;
    }
}
