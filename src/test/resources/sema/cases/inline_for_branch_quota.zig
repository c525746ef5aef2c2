export fn f() void {
    inline for (0..1001) |i| {
        _ = i;
    }
}
