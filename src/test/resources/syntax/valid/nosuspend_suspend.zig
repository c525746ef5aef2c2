fn f() void {
    nosuspend {}
    const x = nosuspend @as(u8, 1);
    _ = x;
}
comptime {
    _ = &f;
}
