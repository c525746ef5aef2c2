fn g() void {
    const x = 1;
    {
        const x = 2;
        _ = x;
    }
    _ = x;
}
comptime { _ = g; }
