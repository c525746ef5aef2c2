const a: i8 = 64;
const c = a * 2;
comptime {
    _ = c;
}
