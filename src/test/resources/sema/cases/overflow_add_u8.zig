const a: u8 = 200;
const b: u8 = 100;
const c = a + b;
comptime {
    _ = c;
}
