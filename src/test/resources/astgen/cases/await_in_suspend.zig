fn g() void {
    suspend {
        _ = await @frame();
    }
}
comptime { _ = g; }
