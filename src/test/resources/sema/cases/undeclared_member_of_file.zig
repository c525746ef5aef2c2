const x = @This().nope;
comptime {
    _ = x;
}
