const big: u32 = 1000;
const x: u8 = @intCast(big);
comptime {
    _ = x;
}
