const x: u8 = true;
comptime {
    _ = x;
}
