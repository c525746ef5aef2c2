fn f() void {
    const x == 1;
    _ = x;
}
