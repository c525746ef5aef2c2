fn g() void {
    var i: u32 = 0;
    while (i < 10) : (i += undeclared_step) {
        const q = 1;
    }
}
comptime { _ = g; }
