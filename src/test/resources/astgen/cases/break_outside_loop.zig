fn g() void {
    break;
}
comptime { _ = g; }
