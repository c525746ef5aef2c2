const x: u8 = undefined;
const y = x + 1;
comptime {
    _ = y;
}
