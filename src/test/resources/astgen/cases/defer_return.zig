fn g() void {
    defer return;
}
comptime { _ = g; }
