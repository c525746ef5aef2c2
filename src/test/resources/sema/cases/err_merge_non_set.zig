const E = error{AlphaQ};
comptime {
    _ = E || u8;
}
