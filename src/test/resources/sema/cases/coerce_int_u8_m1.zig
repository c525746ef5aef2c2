const x: u8 = -1;
comptime {
    _ = x;
}
