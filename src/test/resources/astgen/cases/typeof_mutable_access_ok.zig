fn g() void {
    var x: u32 = 0;
    x += 1;
    const S = struct {
        const T = @TypeOf(x);
        fn get() u32 {
            return x;
        }
    };
    _ = S;
}
comptime { _ = g; }
