const x: u16 = 70000;
comptime {
    _ = x;
}
