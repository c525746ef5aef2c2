const a: u32 = 1;
const c = a - 2;
comptime {
    _ = c;
}
