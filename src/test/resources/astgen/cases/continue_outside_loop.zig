fn g() void {
    if (true) continue;
}
comptime { _ = g; }
