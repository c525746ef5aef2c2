const S = struct { a: u8 };
comptime {
    _ = @field(S, "nope");
}
