fn g() void {
    var x: u32 = 0;
    x += 1;
    const S = struct {
        fn get() u32 {
            return x;
        }
    };
    _ = S;
}
comptime { _ = g; }
