fn g() void {
    nosuspend {
        nosuspend {}
    }
}
comptime { _ = g; }
