const a: u3 = 8;
comptime {
    _ = a;
}
