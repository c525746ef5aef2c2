fn g() void {
    var a: u32 linksection(".x") = 0;
    _ = &a;
}
comptime { _ = g; }
