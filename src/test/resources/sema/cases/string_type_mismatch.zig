const s: u8 = "hello";
comptime {
    _ = s;
}
