const x: u8 = 300;
comptime {
    _ = x;
}
