const x: u8 = void{};
comptime {
    _ = x;
}
