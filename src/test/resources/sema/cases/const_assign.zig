comptime {
    const x: u8 = 1;
    x = 2;
}
