fn g() void {
    nosuspend {
        suspend {}
    }
}
comptime { _ = g; }
