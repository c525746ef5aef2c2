const x: u32 = "hi";
comptime {
    _ = x;
}
