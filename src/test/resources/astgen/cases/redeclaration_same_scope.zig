fn g() void {
    const x = 1;
    var x = 2;
    _ = x;
}
comptime { _ = g; }
