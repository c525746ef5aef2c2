const x: i32 = 3000000000;
comptime {
    _ = x;
}
