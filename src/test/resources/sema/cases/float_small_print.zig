comptime {
    const tiny: u8 = 2.5e-10;
    _ = tiny;
}
