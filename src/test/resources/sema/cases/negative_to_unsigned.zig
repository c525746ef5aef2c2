const x = -5;
const y: u8 = x;
comptime {
    _ = y;
}
